/* The text signals that read a sentence's characters: the twin of rank.default.signals'
 * _text_flags_python (_is_quote, _LINKER and _closes: the quote, linker and unpunctuated signals of
 * text_signals), for every sentence in one call. */
#include "segment.h" /* span_in, is_terminal, is_closer */

/* Whether text quotes someone: a straight or curly double quote, or TeX's '' or `` (_is_quote). */
static int
quoted(int kind, const void *data, Py_ssize_t n)
{
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (ch == '"' || ch == 0x201C || ch == 0x201D) {
            return 1;
        }
        if ((ch == '\'' || ch == '`') && i + 1 < n && PyUnicode_READ(kind, data, i + 1) == ch) {
            return 1;
        }
    }
    return 0;
}

static inline int
is_end_quote(Py_UCS4 ch) /* parse._END_QUOTES */
{
    return ch == '"' || ch == 0x201D || ch == 0x2019 || ch == 0xBB;
}

/* parse.ends_closed(text, ".!?…", _CLOSING) of a text whose last character is no newline: in its last
 * `tail` characters, a terminal before the closers stripped from the end, or a closing quote last. */
static int
closes(int kind, const void *data, Py_ssize_t n, Py_ssize_t tail)
{
    Py_ssize_t start = n > tail ? n - tail : 0, end = n;
    while (end > start && is_closer(PyUnicode_READ(kind, data, end - 1))) {
        end--;
    }
    return (end > start && is_terminal(PyUnicode_READ(kind, data, end - 1)))
           || (n > start && is_end_quote(PyUnicode_READ(kind, data, n - 1)));
}

/* Whether text opens (after one of `quotes`, if it does) with a whole word of `linkers` (a set of
 * words that open with a capital letter, at most `longest` characters): signals._LINKER's match, whose \b ends the
 * word where its run of word characters ends. 1, 0, or -1 on an error. */
static int
opens_with(PyObject *text, int kind, const void *data, Py_ssize_t n, PyObject *quotes, PyObject *linkers,
           Py_ssize_t longest)
{
    Py_ssize_t start = 0;
    if (n > 0) {
        Py_ssize_t at = PyUnicode_FindChar(quotes, PyUnicode_READ(kind, data, 0), 0, PyUnicode_GET_LENGTH(quotes), 1);
        if (at == -2) {
            return -1;
        }
        start = at >= 0;
    }
    Py_UCS4 first = start < n ? PyUnicode_READ(kind, data, start) : 0;
    if (first < 'A' || first > 'Z') {
        return 0;
    }
    Py_ssize_t end = start + 1;
    while (end < n && end - start <= longest && is_word(PyUnicode_READ(kind, data, end))) {
        end++;
    }
    if (end - start > longest) {
        return 0;
    }
    return span_in(text, start, end, NULL, linkers);
}

/* text_flags(texts, tail, closes, quotes, linkers): three float64 buffers of one value per text (1.0
 * or 0.0), the quote signal, the linker one and the unpunctuated one (1.0 where the text does not
 * close); `closes(text)` decides a text that ends in a newline (where the pattern's $ matches before
 * it). */
PyObject *
sp_text_flags(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    if (!given_arguments("text_flags", nargs, 5)) {
        return NULL;
    }
    Py_ssize_t tail = PyLong_AsSsize_t(args[1]);
    if (tail == -1 && PyErr_Occurred()) {
        return NULL;
    }
    PyObject *quotes = args[3], *linkers = args[4];
    if (!PyUnicode_Check(quotes) || !PyAnySet_Check(linkers)) {
        PyErr_SetString(PyExc_TypeError, "quotes must be a str and linkers a set of str");
        return NULL;
    }
    Py_ssize_t longest = 0; /* the longest linker */
    PyObject *each = PyObject_GetIter(linkers), *key;
    if (each == NULL) {
        return NULL;
    }
    while ((key = PyIter_Next(each)) != NULL) {
        /* what opens_with assumes of them: a capital letter, then word characters */
        int word = PyUnicode_Check(key) && PyUnicode_GET_LENGTH(key) > 0;
        for (Py_ssize_t i = 0; word && i < PyUnicode_GET_LENGTH(key); i++) {
            Py_UCS4 ch = PyUnicode_READ_CHAR(key, i);
            word = i == 0 ? ch >= 'A' && ch <= 'Z' : is_word(ch);
        }
        longest = word ? Py_MAX(longest, PyUnicode_GET_LENGTH(key)) : longest;
        Py_DECREF(key);
        if (!word) {
            Py_DECREF(each);
            PyErr_SetString(PyExc_ValueError, "each linker must be a capital letter then word characters");
            return NULL;
        }
    }
    Py_DECREF(each);
    if (PyErr_Occurred()) {
        return NULL;
    }
    /* A tuple of its own: the `closes` callback cannot free a text (or an item of a list it empties)
     * while this reads it. */
    PyObject *texts = PySequence_Tuple(args[0]);
    if (texts == NULL) {
        return NULL;
    }
    Py_ssize_t count = PyTuple_GET_SIZE(texts);
    PyObject *quote = PyByteArray_FromStringAndSize(NULL, count * (Py_ssize_t)sizeof(double));
    PyObject *linker = quote == NULL ? NULL : PyByteArray_FromStringAndSize(NULL, count * (Py_ssize_t)sizeof(double));
    PyObject *open = linker == NULL ? NULL : PyByteArray_FromStringAndSize(NULL, count * (Py_ssize_t)sizeof(double));
    PyObject *result = NULL;
    if (open == NULL) {
        goto done;
    }
    double *q = (double *)PyByteArray_AS_STRING(quote), *u = (double *)PyByteArray_AS_STRING(open);
    double *l = (double *)PyByteArray_AS_STRING(linker);
    for (Py_ssize_t k = 0; k < count; k++) {
        PyObject *text = PyTuple_GET_ITEM(texts, k);
        if (!PyUnicode_Check(text)) {
            PyErr_Format(PyExc_TypeError, "expected a str, not %.100s", Py_TYPE(text)->tp_name);
            goto done;
        }
        int kind = PyUnicode_KIND(text);
        const void *data = PyUnicode_DATA(text);
        Py_ssize_t n = PyUnicode_GET_LENGTH(text);
        int closed;
        if (n > 0 && PyUnicode_READ(kind, data, n - 1) == '\n') {
            PyObject *answer = PyObject_CallOneArg(args[2], text);
            closed = answer == NULL ? -1 : PyObject_IsTrue(answer);
            Py_XDECREF(answer);
            if (closed < 0) {
                goto done;
            }
        }
        else {
            closed = closes(kind, data, n, tail);
        }
        int opens = opens_with(text, kind, data, n, quotes, linkers, longest);
        if (opens < 0) {
            goto done;
        }
        q[k] = quoted(kind, data, n) ? 1.0 : 0.0;
        l[k] = opens ? 1.0 : 0.0;
        u[k] = 1.0 - (closed ? 1.0 : 0.0);
    }
    result = PyTuple_Pack(3, quote, linker, open);
done:
    Py_XDECREF(quote);
    Py_XDECREF(linker);
    Py_XDECREF(open);
    Py_DECREF(texts);
    return result;
}
