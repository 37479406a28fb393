-- Drives a real headless Neovim through integrations/neovim (the user's setup) against `argot serve`, and writes
-- what it saw to $ARGOT_NVIM_OUT as JSON. Run by test_neovim.py after the README's configuration (setup and
-- mappings, as documented, with `argot` on PATH):
--   nvim --headless --clean -c 'luafile README-config.lua' -c 'luafile Tests/Editors/neovim_driver.lua'
local out = os.getenv('ARGOT_NVIM_OUT')
local script = os.getenv('ARGOT_NVIM_SCRIPT')
local result = { errors = {} }

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  for _, client in pairs(vim.lsp.get_active_clients()) do
    client.stop()
  end
  vim.cmd('qa!')
end

local ok, failure = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(script))
  local buffer = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[buffer].filetype
  result.attached = vim.wait(30000, function()
    return #vim.lsp.buf_get_clients(buffer) > 0
  end, 20)
  -- What the README's on_attach and setup did to the buffer.
  result.omnifunc = vim.bo[buffer].omnifunc
  local hover_mapping = vim.fn.maparg('K', 'n', false, true)
  result.mapped_hover = hover_mapping.buffer == 1
  result.diagnosed = vim.wait(30000, function()
    return #vim.diagnostic.get(buffer) > 0
  end, 20)
  result.diagnostics = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
    table.insert(result.diagnostics, {
      lnum = diagnostic.lnum,
      col = diagnostic.col,
      end_lnum = diagnostic.end_lnum,
      end_col = diagnostic.end_col,
      severity = diagnostic.severity,
      message = diagnostic.message,
      code = diagnostic.code or (diagnostic.user_data and diagnostic.user_data.lsp and diagnostic.user_data.lsp.code),
    })
  end

  -- Completion at the end of line 2 (`--new-bgp-peer asn=1,`), then apply the addressFamily item's edit.
  local line = vim.api.nvim_buf_get_lines(buffer, 1, 2, false)[1]
  local position = { textDocument = vim.lsp.util.make_text_document_params(buffer),
                     position = { line = 1, character = #line } }
  local answers = vim.lsp.buf_request_sync(buffer, 'textDocument/completion', position, 30000) or {}
  result.labels = {}
  for _, answer in pairs(answers) do
    local items = answer.result and (answer.result.items or answer.result) or {}
    for _, item in ipairs(items) do
      table.insert(result.labels, item.label)
      if item.label == 'addressFamily' then
        result.edit = item.textEdit
        vim.lsp.util.apply_text_edits({ item.textEdit }, buffer, 'utf-16')
      end
    end
  end
  result.completed_line = vim.api.nvim_buf_get_lines(buffer, 1, 2, false)[1]

  -- The edit is sent back with didChange: the server now reports the empty value after `addressFamily=`.
  result.rediagnosed = vim.wait(30000, function()
    for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
      if diagnostic.lnum == 1 then
        return true
      end
    end
    return false
  end, 20)

  -- Hover on the --new-bgp-peer option of line 1.
  local first = vim.api.nvim_buf_get_lines(buffer, 0, 1, false)[1]
  local column = string.find(first, '--new-bgp-peer', 1, true)
  local hover = vim.lsp.buf_request_sync(buffer, 'textDocument/hover', {
    textDocument = vim.lsp.util.make_text_document_params(buffer),
    position = { line = 0, character = column + 2 },
  }, 30000) or {}
  for _, answer in pairs(hover) do
    if answer.result then
      result.hover = answer.result.contents.value
    end
  end

  -- A code action on line 3's --tags value: write it as JSON, applied as Neovim applies workspace edits.
  local third = vim.api.nvim_buf_get_lines(buffer, 2, 3, false)[1]
  local at = string.find(third, 'key=a', 1, true)
  local actions = vim.lsp.buf_request_sync(buffer, 'textDocument/codeAction', {
    textDocument = vim.lsp.util.make_text_document_params(buffer),
    range = { start = { line = 2, character = at }, ['end'] = { line = 2, character = at } },
    context = { diagnostics = {} },
  }, 30000) or {}
  result.actions = {}
  for _, answer in pairs(actions) do
    for _, action in ipairs(answer.result or {}) do
      table.insert(result.actions, action.title)
      if action.title == 'Write --tags as JSON' then
        vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
      end
    end
  end
  result.converted_line = vim.api.nvim_buf_get_lines(buffer, 2, 3, false)[1]

  -- <C-x><C-o> typed at the end of lines 4 and 5: what the popup offers and what it inserts.
  result.omni = {}
  local function omni(row)
    vim.api.nvim_win_set_cursor(0, { row, 0 })
    local seen = {}
    _G.argot_capture = function()
      local info = vim.fn.complete_info({ 'items', 'selected' })
      seen.words = {}
      for _, item in ipairs(info.items or {}) do
        table.insert(seen.words, item.word)
      end
      seen.inserted = vim.api.nvim_get_current_line()
    end
    local keys = vim.api.nvim_replace_termcodes('A<C-x><C-o><Cmd>lua _G.argot_capture()<CR><Esc>', true, false, true)
    vim.api.nvim_feedkeys(keys, 'x', false)
    table.insert(result.omni, seen)
  end
  omni(4)
  omni(5)
end)
if not ok then
  table.insert(result.errors, tostring(failure))
end
finish()
