;;; emacs_driver.el --- drives Emacs's eglot with integrations/emacs against `argot serve'  -*- lexical-binding: t; -*-

;; Run by test_emacs.py as
;;   emacs --batch -l Tests/Editors/emacs_driver.el
;; with ARGOT_EMACS_INTEGRATION (the integrations/emacs folder), ARGOT_EMACS_SCRIPT (the script to open) and
;; ARGOT_EMACS_OUT (where the JSON of what it saw goes).  `argot' is found on PATH, as a user's would be.

(require 'json)
(package-initialize)
(add-to-list 'load-path (getenv "ARGOT_EMACS_INTEGRATION"))
(require 'argot-eglot)

(defvar argot-test-result nil "What the driver saw, as an alist.")

(defun argot-test-note (key value)
  (push (cons key value) argot-test-result))

(defun argot-test-wait (predicate seconds)
  "Lets timers and the server's output run until PREDICATE holds or SECONDS pass; PREDICATE's value."
  (let ((deadline (+ (float-time) seconds)) (value nil))
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

(defun argot-test-position (point)
  "(LINE COLUMN) of POINT, both from 0."
  (save-excursion (goto-char point) (list (1- (line-number-at-pos)) (current-column))))

(defun argot-test-run ()
  (find-file (getenv "ARGOT_EMACS_SCRIPT"))
  (argot-test-note 'mode (symbol-name major-mode))
  ;; eglot-ensure connects after the current command, as in an interactive session.
  (run-hooks 'post-command-hook)
  (argot-test-note 'connected (and (argot-test-wait #'eglot-current-server 60) t))
  (argot-test-note 'server (car (process-command (jsonrpc--process (eglot-current-server)))))
  (flymake-start)
  (argot-test-wait (lambda () (flymake-start) (flymake-diagnostics)) 60)
  (argot-test-note 'diagnostics
                   (mapcar (lambda (diagnostic)
                             (list (cons 'start (argot-test-position (flymake-diagnostic-beg diagnostic)))
                                   (cons 'end (argot-test-position (flymake-diagnostic-end diagnostic)))
                                   (cons 'type (symbol-name (flymake-diagnostic-type diagnostic)))
                                   (cons 'text (flymake-diagnostic-text diagnostic))))
                           (flymake-diagnostics)))
  ;; Completion at the end of line 2 (`--new-bgp-peer asn=1,a`): the candidates eglot offers there.
  (goto-char (point-min))
  (forward-line 1)
  (end-of-line)
  (argot-test-note 'capf (symbol-name (car completion-at-point-functions)))
  (let* ((capf (funcall (car completion-at-point-functions)))
         (typed (buffer-substring-no-properties (nth 0 capf) (nth 1 capf))))
    (argot-test-note 'typed typed)
    (argot-test-note 'candidates (all-completions typed (nth 2 capf))))
  ;; Line 3 ends in `asn=1,addr`: completion-at-point completes the only candidate and applies its edit.
  (goto-char (point-min))
  (forward-line 2)
  (end-of-line)
  (completion-at-point)
  (argot-test-note 'completed (buffer-substring-no-properties (line-beginning-position) (line-end-position)))
  ;; Hover (what eldoc shows) on line 1's --new-bgp-peer.
  (goto-char (point-min))
  (search-forward "--new-bgp-peer")
  (backward-char 3)
  (let ((hover (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover
                                (eglot--TextDocumentPositionParams))))
    (argot-test-note 'hover (plist-get (plist-get hover :contents) :value))))

(condition-case failure
    (argot-test-run)
  (error (argot-test-note 'error (error-message-string failure))))
(with-temp-file (getenv "ARGOT_EMACS_OUT")
  (insert (json-encode argot-test-result)))
(ignore-errors (eglot-shutdown (eglot-current-server)))
(kill-emacs 0)
