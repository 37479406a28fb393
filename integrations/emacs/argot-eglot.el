;;; argot-eglot.el --- argot serve as an eglot language server  -*- lexical-binding: t; -*-

;; Load this file (or copy its forms into your init file).  Shell scripts get argot's diagnostics (Flymake),
;; hover (eldoc), completion (completion-at-point) and code actions (M-x eglot-code-actions) for their aws
;; commands.  eglot attaches ONE server per buffer: in sh-mode this replaces bash-language-server.  See README.md.

(require 'eglot)

(defgroup argot nil "argot, the AWS CLI command engine, in Emacs." :group 'tools)

(defcustom argot-program "argot"
  "The argot executable."
  :type 'string)

(defcustom argot-input-files nil
  "Alist of (GLOB . \"SERVICE OPERATION\"): JSON/YAML files that are --cli-input-json/--cli-input-yaml input."
  :type '(alist :key-type string :value-type string))

(defcustom argot-diagnostics-delay 0
  "Milliseconds between a change and its diagnostics (0 to 10000; the server's default is 0)."
  :type 'integer)

(defun argot--settings ()
  "argot's settings as eglot sends them."
  (list :inputFiles (let (plist)
                      (dolist (entry argot-input-files (or plist (make-hash-table)))
                        (setq plist (plist-put plist (intern (concat ":" (car entry))) (cdr entry)))))
        :diagnosticsDelay argot-diagnostics-delay))

(defun argot--contact (_interactive)
  "How eglot starts argot."
  (list argot-program "serve" :initializationOptions (argot--settings)))

(add-to-list 'eglot-server-programs `((sh-mode bash-ts-mode) . ,#'argot--contact))

;; Start argot in every shell script.
(add-hook 'sh-mode-hook #'eglot-ensure)
(add-hook 'bash-ts-mode-hook #'eglot-ensure)

(provide 'argot-eglot)
;;; argot-eglot.el ends here
