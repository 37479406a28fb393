;;; argot-eglot.el --- argot serve as an eglot language server  -*- lexical-binding: t; -*-

;; Load this file (or copy its forms into your init file).  Shell scripts get argot's diagnostics (Flymake),
;; hover (eldoc), completion (completion-at-point) and code actions (M-x eglot-code-actions) for their aws
;; commands.  eglot attaches ONE server per buffer: in sh-mode this replaces bash-language-server.  See README.md.

(require 'cl-lib)
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

;; eglot (1.9, Debian's) filters completion items by the symbol before point; in sh-mode `asn=1,a' is one
;; symbol, so nothing matched the key `a' being typed.  argot's items each replace exactly the part being typed
;; (their textEdit), which ends at shorthand's punctuation: complete with that as the symbol.
(defvar argot--completion-syntax-table
  (let ((table (make-syntax-table)))
    (dolist (char '(?- ?_ ?. ?/ ?: ?@ ?+ ?* ?~ ?% ?!))
      (modify-syntax-entry char "_" table))
    (dolist (char '(?, ?= ?\[ ?\] ?{ ?} ?\( ?\) ?\" ?' ?\; ?| ?& ?< ?> ?$ ?`))
      (modify-syntax-entry char "." table))
    table)
  "Where the text being completed starts in an aws command: after shorthand's and the shell's punctuation.")

(defun argot-completion-at-point ()
  "`eglot-completion-at-point' with the symbol before point ending at shorthand's punctuation."
  (with-syntax-table argot--completion-syntax-table
    (eglot-completion-at-point)))

(defun argot--server-p (server)
  "Whether SERVER is argot."
  (equal (plist-get (eglot--server-info server) :name) "argot"))

(defun argot--use-completion-at-point ()
  "In buffers argot manages, complete with `argot-completion-at-point'."
  (when-let ((server (and (eglot-managed-p) (eglot-current-server))))
    (when (argot--server-p server)
      (setq-local completion-at-point-functions
                  (cl-substitute #'argot-completion-at-point #'eglot-completion-at-point
                                 completion-at-point-functions)))))

(add-hook 'eglot-managed-mode-hook #'argot--use-completion-at-point)

;; Start argot in every shell script.
(add-hook 'sh-mode-hook #'eglot-ensure)
(add-hook 'bash-ts-mode-hook #'eglot-ensure)

(provide 'argot-eglot)
;;; argot-eglot.el ends here
