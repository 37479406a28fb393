-- argot for Neovim's built-in LSP client: diagnostics, hover, completion and code actions for `aws` commands
-- in shell scripts and for --cli-input-json/--cli-input-yaml files. Works on Neovim 0.7 (vim.lsp.start_client)
-- and newer (vim.lsp.start from 0.8; vim.lsp.config/vim.lsp.enable from 0.11 when `use_lsp_config` is set).
--
--   require('argot').setup()                      -- defaults
--   require('argot').setup({ cmd = { '/path/to/argot', 'serve' },
--                            settings = { inputFiles = { ['**/bgp/*.json'] = 'directconnect create-bgp-peer' } },
--                            on_attach = function(client, buffer) ... end })
local M = {}

M.defaults = {
  -- The server: `argot serve` on standard input and output.
  cmd = { 'argot', 'serve' },
  -- Filetypes to attach to: shell scripts, and JSON/YAML for cli-input files (argot reads a JSON file only when
  -- `settings.inputFiles` names its operation, and a YAML file when it has a `# argot: aws SERVICE OPERATION`
  -- line, so attaching to every JSON/YAML buffer is harmless).
  filetypes = { 'sh', 'bash', 'zsh', 'json', 'yaml' },
  -- argot's settings, sent as initializationOptions and workspace/didChangeConfiguration:
  --   inputFiles: { [glob] = 'SERVICE OPERATION' } (default none);
  --   diagnosticsDelay: milliseconds between a change and its diagnostics (default 0).
  settings = {},
  -- Called with (client, buffer) each time argot attaches to a buffer, on every Neovim version: the place for
  -- buffer-local mappings (Neovim 0.7 has no LspAttach event).
  on_attach = nil,
  -- Set the buffer's 'omnifunc' to argot's own (require('argot').omnifunc), which inserts what each completion
  -- item's textEdit says: Neovim 0.7's vim.lsp.omnifunc ignores textEdits, so `--inst<C-x><C-o>` found nothing
  -- and `t3.<C-x><C-o>` gave `t3.t3.nano`. Completion plugins (nvim-cmp, …) do not use 'omnifunc'.
  omnifunc = true,
  -- How long omnifunc waits for the server, in milliseconds.
  timeout = 3000,
  -- The root folder of a buffer: the nearest folder with one of these, else the file's folder.
  root_markers = { '.git' },
  -- On Neovim 0.11+, register with vim.lsp.config/vim.lsp.enable instead of a FileType autocommand.
  use_lsp_config = false,
}

local function root_dir(options, path)
  local folder = vim.fn.fnamemodify(path, ':p:h')
  for _, marker in ipairs(options.root_markers) do
    local found = vim.fn.finddir(marker, folder .. ';')
    if found == '' then
      found = vim.fn.findfile(marker, folder .. ';')
    end
    if found ~= '' then
      return vim.fn.fnamemodify(found, ':p:h:h')
    end
  end
  return folder
end

-- Lua's empty table would go out as a JSON array; settings are an object.
local function settings_of(options)
  if next(options.settings) == nil then
    return vim.empty_dict()
  end
  return options.settings
end

-- What runs when argot attaches to a buffer: argot's omnifunc, then the user's on_attach.
local function on_attach_of(options)
  return function(client, buffer)
    if options.omnifunc then
      vim.api.nvim_buf_set_option(buffer, 'omnifunc', "v:lua.require'argot'.omnifunc")
    end
    if options.on_attach ~= nil then
      options.on_attach(client, buffer)
    end
  end
end

local function client_config(options, root)
  return {
    name = 'argot',
    cmd = options.cmd,
    root_dir = root,
    init_options = settings_of(options),
    settings = { argot = settings_of(options) },
    on_attach = on_attach_of(options),
  }
end

-- The options setup() was last called with (omnifunc's timeout).
local current = M.defaults

-- The items of the last completion request, kept between omnifunc's two calls.
local pending = {}

local function text_of(documentation)
  if type(documentation) == 'table' then
    return documentation.value or ''
  end
  return documentation or ''
end

--- 'omnifunc' (or 'completefunc') that asks argot and inserts each item's textEdit: the first call
--- (findstart = 1) asks for the items at the cursor and returns the column their edits start at, the second
--- returns the texts they insert.
function M.omnifunc(findstart, base)
  local buffer = vim.api.nvim_get_current_buf()
  if findstart == 1 then
    pending = {}
    local client = nil
    for _, candidate in pairs(vim.lsp.buf_get_clients(buffer)) do
      if candidate.name == 'argot' then
        client = candidate
      end
    end
    if client == nil then
      return -3
    end
    local cursor = vim.api.nvim_win_get_cursor(0)
    local line = vim.api.nvim_get_current_line()
    local _, character = vim.str_utfindex(line, cursor[2])
    local params = {
      textDocument = vim.lsp.util.make_text_document_params(buffer),
      position = { line = cursor[1] - 1, character = character },
    }
    local answer = client.request_sync('textDocument/completion', params, current.timeout, buffer)
    local result = answer and answer.result
    local items = result and (result.items or result) or {}
    local start = nil
    for _, item in ipairs(items) do
      local word = item.insertText or item.label
      if item.textEdit ~= nil then
        word = item.textEdit.newText
        local from = vim.str_byteindex(line, item.textEdit.range.start.character, true)
        start = start == nil and from or math.min(start, from)
      end
      table.insert(pending, {
        word = word,
        abbr = item.label,
        menu = item.detail or '',
        info = text_of(item.documentation),
        icase = 0,
        dup = 1,
        empty = 1,
      })
    end
    if #pending == 0 then
      return -3
    end
    if start == nil then
      start = vim.fn.match(string.sub(line, 1, cursor[2]), '\\k*$')
    end
    return start
  end
  local matches = {}
  for _, item in ipairs(pending) do
    if vim.startswith(item.word, base) then
      table.insert(matches, item)
    end
  end
  return #matches > 0 and matches or pending
end

-- Neovim 0.7: one client per root folder, started with start_client and attached to each buffer.
local clients = {}

local function attach_07(options, buffer)
  local path = vim.api.nvim_buf_get_name(buffer)
  if path == '' then
    return
  end
  local root = root_dir(options, path)
  local id = clients[root]
  if id == nil or vim.lsp.get_client_by_id(id) == nil then
    id = vim.lsp.start_client(client_config(options, root))
    clients[root] = id
  end
  if id ~= nil then
    vim.lsp.buf_attach_client(buffer, id)
  end
end

local function attach(options, buffer)
  if vim.lsp.start ~= nil then
    local path = vim.api.nvim_buf_get_name(buffer)
    if path == '' then
      return
    end
    vim.lsp.start(client_config(options, root_dir(options, path)), { bufnr = buffer })
  else
    attach_07(options, buffer)
  end
end

function M.setup(user)
  local options = vim.tbl_deep_extend('force', {}, M.defaults, user or {})
  current = options
  if options.use_lsp_config and vim.lsp.config ~= nil and vim.lsp.enable ~= nil then
    vim.lsp.config('argot', {
      cmd = options.cmd,
      filetypes = options.filetypes,
      root_markers = options.root_markers,
      init_options = settings_of(options),
      settings = { argot = settings_of(options) },
      on_attach = on_attach_of(options),
    })
    vim.lsp.enable('argot')
    return
  end
  local group = vim.api.nvim_create_augroup('argot', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = options.filetypes,
    callback = function(event)
      attach(options, event.buf)
    end,
  })
  -- Buffers already open when setup runs.
  for _, buffer in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(buffer) and vim.tbl_contains(options.filetypes, vim.bo[buffer].filetype) then
      attach(options, buffer)
    end
  end
end

return M
