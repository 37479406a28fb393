-- argot for Neovim's built-in LSP client: diagnostics, hover, completion and code actions for `aws` commands
-- in shell scripts and for --cli-input-json/--cli-input-yaml files. Works on Neovim 0.7 (vim.lsp.start_client)
-- and newer (vim.lsp.start from 0.8; vim.lsp.config/vim.lsp.enable from 0.11 when `use_lsp_config` is set).
--
--   require('argot').setup()                      -- defaults
--   require('argot').setup({ cmd = { '/path/to/argot', 'serve' },
--                            settings = { inputFiles = { ['**/bgp/*.json'] = 'directconnect create-bgp-peer' } } })
local M = {}

M.defaults = {
  -- The server: `argot serve` on standard input and output.
  cmd = { 'argot', 'serve' },
  -- Filetypes to attach to: shell scripts, and JSON/YAML for cli-input files (argot reads a JSON file only when
  -- `settings.inputFiles` names its operation, and a YAML file when it has a `# argot: aws SERVICE OPERATION`
  -- line, so attaching to every JSON/YAML buffer is harmless).
  filetypes = { 'sh', 'bash', 'zsh', 'json', 'yaml' },
  -- argot's settings, sent as initializationOptions and workspace/didChangeConfiguration:
  --   inputFiles: { [glob] = 'SERVICE OPERATION' }; diagnosticsDelay: milliseconds (default 10).
  settings = {},
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

local function client_config(options, root)
  return {
    name = 'argot',
    cmd = options.cmd,
    root_dir = root,
    init_options = settings_of(options),
    settings = { argot = settings_of(options) },
  }
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
  if options.use_lsp_config and vim.lsp.config ~= nil and vim.lsp.enable ~= nil then
    vim.lsp.config('argot', {
      cmd = options.cmd,
      filetypes = options.filetypes,
      root_markers = options.root_markers,
      init_options = settings_of(options),
      settings = { argot = settings_of(options) },
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
