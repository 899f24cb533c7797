// Exit codes of every command (issue #2): scripts and timer units rely on them.
export const EXIT_OK = 0;
/** The run failed (DNS, files); nothing was written. */
export const EXIT_RUN_FAILED = 1;
/** Bad usage or a bad config file. */
export const EXIT_USAGE = 2;
