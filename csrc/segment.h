/* Shared by segment.c, glue.c and text_flags.c: reading a str, the sentence-ending characters, and the
 * rules segment._compiled_rules() gives. */
#ifndef SUMMARIZER_SEGMENT_H
#define SUMMARIZER_SEGMENT_H

#include "speedups.h"
#include <string.h>

#define READ(i) PyUnicode_READ(kind, data, (i))

/* [.!?…]: a terminal (segment._CANDIDATE; the terminals signals._closes gives parse.ends_closed). */
static inline int
is_terminal(Py_UCS4 ch)
{
    return ch == '.' || ch == '!' || ch == '?' || ch == 0x2026;
}

/* ["'’”»)\]]: a closing element of one character (segment._CANDIDATE; parse.CLOSERS). */
static inline int
is_closer(Py_UCS4 ch)
{
    return ch == '"' || ch == '\'' || ch == 0x2019 || ch == 0x201d || ch == 0xbb || ch == ')' || ch == ']';
}

/* What segment._compiled_rules() gives: the word tables, the attribution pattern's match method, the
 * limits of rule 7. */
typedef struct {
    PyObject *titles, *numeric, *ambiguous, *suffixes, *starters, *before_name;
    PyObject *attribution;
    Py_ssize_t glued_words, glue_min_words;
} Rules;

/* str.islower() of text[start:end]: no upper or title case character, and at least one lower. */
static inline int
span_islower(int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    int cased = 0;
    for (Py_ssize_t i = start; i < end; i++) {
        Py_UCS4 ch = READ(i);
        if (Py_UNICODE_ISUPPER(ch) || Py_UNICODE_ISTITLE(ch)) {
            return 0;
        }
        if (!cased && Py_UNICODE_ISLOWER(ch)) {
            cased = 1;
        }
    }
    return cased;
}

/* Whether text[start:end], with the trailing characters in `strip` removed, is in `words`. */
static inline int
span_in(PyObject *text, Py_ssize_t start, Py_ssize_t end, const char *strip, PyObject *words)
{
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    while (end > start && strip != NULL) {
        Py_UCS4 ch = READ(end - 1);
        int found = ch == 0x2019 ? strchr(strip, '~') != NULL
                                 : ch < 128 && ch != 0 && ch != '~' && strchr(strip, (int)ch) != NULL;
        if (!found) {
            break;
        }
        end--;
    }
    PyObject *word = PyUnicode_Substring(text, start, end);
    if (word == NULL) {
        return -1;
    }
    int in = PySet_Contains(words, word);
    Py_DECREF(word);
    return in;
}

/* How many whitespace-separated words text[start:end] has, counted up to `most`. */
static inline Py_ssize_t
count_words(int kind, const void *data, Py_ssize_t start, Py_ssize_t end, Py_ssize_t most)
{
    Py_ssize_t words = 0;
    int in_word = 0;
    for (Py_ssize_t i = start; i < end && words <= most; i++) {
        int space = Py_UNICODE_ISSPACE(READ(i));
        words += !space && !in_word;
        in_word = !space;
    }
    return words;
}

static inline int
append_span(PyObject *spans, Py_ssize_t start, Py_ssize_t end)
{
    PyObject *span = Py_BuildValue("(nn)", start, end);
    int status = span == NULL ? -1 : PyList_Append(spans, span);
    Py_XDECREF(span);
    return status;
}

/* Rule 7 (glue.c): append the parts of the span [start, end) to `out`. */
int sp_append_unglued(PyObject *out, PyObject *text, Py_ssize_t start, Py_ssize_t end, const Rules *r);

#endif
