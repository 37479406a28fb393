// argot for VS Code: starts `argot serve` as a language server for shell scripts and JSON/YAML cli-input files.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function settings() {
  const configuration = vscode.workspace.getConfiguration('argot');
  return {
    inputFiles: configuration.get('inputFiles', {}),
    diagnosticsDelay: configuration.get('diagnosticsDelay', 0),
  };
}

function activate(context) {
  const command = vscode.workspace.getConfiguration('argot').get('path', 'argot');
  const server = { command, args: ['serve'] };
  client = new LanguageClient('argot', 'argot', server, {
    documentSelector: [
      { scheme: 'file', language: 'shellscript' },
      { scheme: 'untitled', language: 'shellscript' },
      { scheme: 'file', language: 'json' },
      { scheme: 'file', language: 'yaml' },
    ],
    initializationOptions: settings(),
    // argot reads `settings.argot`: inputFiles and diagnosticsDelay.
    synchronize: { configurationSection: 'argot' },
  });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
