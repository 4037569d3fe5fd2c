#ifndef SHOPSYNC_CEDIT_SHIM_H
#define SHOPSYNC_CEDIT_SHIM_H
/* Headers by full path, so the build does not need pkg-config's -I flag. */
#include <stdio.h>
#include <sys/ioctl.h>
#include <histedit.h>
#include <editline/readline.h>

/* Swift 6 rejects direct access to C globals; these accessors are the only way in. */
static inline FILE *cedit_stdin(void) { return stdin; }
static inline FILE *cedit_stdout(void) { return stdout; }
static inline FILE *cedit_stderr(void) { return stderr; }
static inline int cedit_history_length(void) { return history_length; }
static inline int cedit_history_base(void) { return history_base; }
static inline const char *cedit_line_buffer(void) { return rl_line_buffer; }
static inline int cedit_point(void) { return rl_point; }
static inline void cedit_set_attempted_completion(rl_completion_func_t *f) {
    rl_attempted_completion_function = f;
}
static inline void cedit_set_completion_append_character(int c) { rl_completion_append_character = c; }
static inline void cedit_set_readline_name(const char *name) { rl_readline_name = name; }
static inline void cedit_set_word_break_characters(const char *chars) {
    rl_basic_word_break_characters = (char *)chars;
}
static inline void cedit_set_attempted_completion_over(int value) { rl_attempted_completion_over = value; }
/* ioctl is variadic, so Swift cannot call it; 0 when fd is not a terminal or reports no size. */
static inline int cedit_window_columns(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) { return 0; }
    return size.ws_col;
}
#endif
