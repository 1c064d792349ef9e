/* Rule 7 of the segmenter: the twin of segment._unglue (glued sentences in a long span). */
#include "segment.h"

/* str.isalpha() and str.islower() of text[start:end], and at least one character. */
static int
span_is_lower_word(int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    if (start == end) {
        return 0;
    }
    for (Py_ssize_t i = start; i < end; i++) {
        if (!Py_UNICODE_ISALPHA(READ(i))) {
            return 0;
        }
    }
    return span_islower(kind, data, start, end);
}

static inline int
is_ascii_lower(Py_UCS4 ch)
{
    return ch >= 'a' && ch <= 'z';
}

static inline int
is_ascii_upper(Py_UCS4 ch)
{
    return ch >= 'A' && ch <= 'Z';
}

/* Where segment._GLUE matches at the space q (inside [.., end)): 0 if it does not; else 1 with the
 * opener's span [*opener, *opener_end) (empty for a label and colon) and the match's end. */
static int
match_glue(int kind, const void *data, Py_ssize_t q, Py_ssize_t end, Py_ssize_t *opener_end, Py_ssize_t *match_end)
{
    if (READ(q) != ' ' || q == 0 || !is_ascii_lower(READ(q - 1)) || q + 1 >= end || !is_ascii_upper(READ(q + 1))) {
        return 0;
    }
    Py_ssize_t e = q + 2;
    while (e < end && is_ascii_lower(READ(e))) {
        e++;
    }
    if (e + 1 < end && READ(e) == ' ' && is_ascii_lower(READ(e + 1))) { /* an opener, then a lower-case word */
        *opener_end = e;
        *match_end = e + 1;
        return 1;
    }
    if (e > q + 2 && e + 2 < end && READ(e) == ':' && READ(e + 1) == ' ') { /* "Label: " */
        Py_UCS4 ch = READ(e + 2);
        if (ch == '"' || ch == '\'' || ch == 0x2018 || ch == 0x201c || is_ascii_upper(ch)) {
            *opener_end = q + 1;
            *match_end = q + 1;
            return 1;
        }
    }
    return 0;
}

/* segment._unglue: the parts of the span [start, end), split where rule 7 finds glued sentences. */
int
sp_append_unglued(PyObject *out, PyObject *text, Py_ssize_t start, Py_ssize_t end, const Rules *r)
{
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t spaces = 0;
    for (Py_ssize_t i = start; i < end; i++) {
        spaces += READ(i) == ' ';
    }
    if (spaces < r->glued_words || count_words(kind, data, start, end, r->glued_words) <= r->glued_words) {
        return append_span(out, start, end);
    }
    Py_ssize_t begin = start, q = start;
    while (q < end) {
        Py_ssize_t opener_end, match_end;
        if (!match_glue(kind, data, q, end, &opener_end, &match_end)) {
            q++;
            continue;
        }
        Py_ssize_t at = q;
        q = match_end;
        if (opener_end > at + 1) { /* the opener must be a common sentence opener other than "I" */
            if (opener_end == at + 2 && READ(at + 1) == 'I') {
                continue;
            }
            int in = span_in(text, at + 1, opener_end, NULL, r->starters);
            if (in <= 0) {
                if (in < 0) {
                    return -1;
                }
                continue;
            }
        }
        /* The words before it: at least glue_min_words, the last in lower case and not one after
         * which a name continues the sentence. */
        Py_ssize_t last_end = at, last;
        while (last_end > begin && Py_UNICODE_ISSPACE(READ(last_end - 1))) {
            last_end--;
        }
        last = last_end;
        while (last > begin && !Py_UNICODE_ISSPACE(READ(last - 1))) {
            last--;
        }
        if (count_words(kind, data, begin, at, r->glue_min_words) < r->glue_min_words
            || !span_is_lower_word(kind, data, last, last_end)) {
            continue;
        }
        int in = span_in(text, last, last_end, NULL, r->before_name);
        if (in != 0) {
            if (in < 0) {
                return -1;
            }
            continue;
        }
        if (count_words(kind, data, at + 1, end, r->glue_min_words) <= r->glue_min_words) {
            break; /* too little is left after it to be a sentence of its own */
        }
        if (append_span(out, begin, at) < 0) {
            return -1;
        }
        begin = at + 1;
    }
    return append_span(out, begin, end);
}
