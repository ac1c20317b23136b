// The exit status of every command: 0 done, 1 a problem in the issue, 2 a mistake in the command, 3 no browser, 130 Ctrl-C.

export const EXIT = { ok: 0, content: 1, usage: 2, noBrowser: 3, interrupted: 130 } as const;
