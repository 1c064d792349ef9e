/* Sentence segmentation: the twin of segment._spans_python (rules 1 to 6 here, rule 7 in glue.c). */
#include "segment.h"

static inline int
is_line_break(Py_UCS4 ch) /* segment.LINE_BREAKS, str.splitlines' set */
{
    return (ch >= '\n' && ch <= '\r') || (ch >= 0x1c && ch <= 0x1e) || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
}

static inline int
is_spaced_closer(Py_UCS4 ch) /* [)\]”»]: a closing element after a space or tab */
{
    return ch == ')' || ch == ']' || ch == 0x201d || ch == 0xbb;
}

static inline int
is_opener(Py_UCS4 ch) /* segment._OPENERS */
{
    switch (ch) {
    case '"': case '\'': case '`': case 0x201c: case 0x2018: case 0x2019: case 0xab: case '(': case '[':
    case '{': case 0xbf: case 0xa1: case '-': case 0x2013: case 0x2014: case '*': case 0x2022:
        return 1;
    default:
        return 0;
    }
}

static inline int
is_quote(Py_UCS4 ch) /* segment._QUOTES */
{
    return ch == '"' || ch == '\'' || ch == '`' || ch == 0x201c || ch == 0x2018;
}

static inline int
is_continuation(Py_UCS4 ch) /* segment._CONTINUATIONS */
{
    return ch == '.' || ch == '?' || ch == '!' || ch == 0x2026 || ch == ',' || ch == ';' || ch == ':';
}

/* _INITIALS.fullmatch: [A-Za-z](?:\.[A-Za-z])* */
static int
span_is_initials(int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    if ((end - start) % 2 == 0) {
        return 0;
    }
    for (Py_ssize_t i = start; i < end; i++) {
        Py_UCS4 ch = READ(i);
        int letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
        if ((i - start) % 2 == 0 ? !letter : ch != '.') {
            return 0;
        }
    }
    return 1;
}

/* A candidate of segment._CANDIDATE: the terminal punctuation [p, punct), the closing quotes and
 * brackets [punct, close), then whitespace to `after`, where the next token [after, next) starts. */
typedef struct {
    Py_ssize_t p, punct, close, after, next;
} Candidate;

/* Whether _CANDIDATE matches at p inside the line [.., line_end), as the regex engine would: the
 * longest run of closing elements that whitespace follows. */
static int
match_candidate(int kind, const void *data, Py_ssize_t p, Py_ssize_t line_end, Candidate *c)
{
    Py_ssize_t q = p;
    while (q < line_end && is_terminal(READ(q))) {
        q++;
    }
    if (q == p) {
        return 0;
    }
    Py_ssize_t best = -1, e = q;
    for (;;) {
        if (e < line_end && Py_UNICODE_ISSPACE(READ(e))) {
            best = e; /* the line is stripped: whitespace inside it is followed by a token */
        }
        if (e < line_end && is_closer(READ(e))) {
            e += 1;
        }
        else if (e + 1 < line_end && (READ(e) == ' ' || READ(e) == '\t') && is_spaced_closer(READ(e + 1))) {
            e += 2;
        }
        else if (e + 2 < line_end && (READ(e) == ' ' || READ(e) == '\t') && READ(e + 1) == '\'' && READ(e + 2) == '\'') {
            e += 3;
        }
        else {
            break;
        }
    }
    if (best < 0) {
        return 0;
    }
    Py_ssize_t after = best;
    while (after < line_end && Py_UNICODE_ISSPACE(READ(after))) {
        after++;
    }
    Py_ssize_t next = after;
    while (next < line_end && next - after < 40 && !Py_UNICODE_ISSPACE(READ(next))) {
        next++;
    }
    *c = (Candidate){p, q, best, after, next};
    return 1;
}

/* segment._is_boundary: 1 if the candidate ends a sentence, 0 if not, -1 on an error. */
static int
is_boundary(PyObject *text, const Candidate *c, Py_ssize_t line_start, Py_ssize_t line_end, const Rules *r)
{
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t w = c->after; /* word: the next token without its opening quotes and brackets */
    while (w < c->next && is_opener(READ(w))) {
        w++;
    }
    int quoted = 0;
    for (Py_ssize_t i = c->punct; i < c->close; i++) {
        Py_UCS4 ch = READ(i);
        quoted |= !(ch == ')' || ch == ']' || ch == ' ' || ch == '\t');
    }
    int has_word = w < c->next;
    if (has_word && Py_UNICODE_ISLOWER(READ(w)) && span_islower(kind, data, w, c->next)) {
        return quoted && is_quote(READ(c->after)); /* rule 2 */
    }
    if (has_word && is_continuation(READ(w))) {
        return 0; /* rule 3 */
    }
    int in = span_in(text, w, c->next, ".,", r->suffixes);
    if (in != 0) {
        return in < 0 ? -1 : 0; /* rule 3 */
    }
    if (c->punct - c->p != 1 || READ(c->p) != '.') { /* rule 4 */
        if (quoted && has_word && Py_UNICODE_ISUPPER(READ(w))) {
            in = span_in(text, w, c->next, NULL, r->starters);
            if (in < 0) {
                return -1;
            }
            if (!in) {
                PyObject *found = PyObject_CallFunction(r->attribution, "Onn", text, c->after, line_end);
                if (found == NULL) {
                    return -1;
                }
                int boundary = found == Py_None;
                Py_DECREF(found);
                return boundary;
            }
        }
        return 1;
    }
    if (quoted || c->close > c->punct || c->p == line_start || Py_UNICODE_ISSPACE(READ(c->p - 1))) {
        return 1; /* rule 5 */
    }
    /* The word before the full stop, without opening quotes, within 40 characters (rule 6). */
    Py_ssize_t window = c->p - 40 > line_start ? c->p - 40 : line_start;
    Py_ssize_t b = c->p;
    while (b > window && !Py_UNICODE_ISSPACE(READ(b - 1))) {
        b--;
    }
    while (b < c->p && is_opener(READ(b))) {
        b++;
    }
    if ((in = span_in(text, b, c->p, NULL, r->titles)) != 0) {
        return in < 0 ? -1 : 0;
    }
    if ((in = span_in(text, b, c->p, NULL, r->numeric)) != 0) {
        return in < 0 ? -1 : !(has_word && Py_UNICODE_ISDIGIT(READ(w)));
    }
    if ((in = span_in(text, b, c->p, NULL, r->ambiguous)) < 0) {
        return -1;
    }
    if (in || span_is_initials(kind, data, b, c->p)) {
        if (is_quote(READ(c->after))) {
            return 1;
        }
        return span_in(text, w, c->next, ",;:'~\"", r->starters); /* '~' stands for ’ */
    }
    return 1;
}

/* segment._compiled_rules() read into `r` (borrowed references); 0 and a TypeError if malformed. */
static int
read_rules(PyObject *rules, Rules *r)
{
    return PyArg_ParseTuple(rules, "O!O!O!O!O!O!Onn;rules must be segment._compiled_rules()", &PyFrozenSet_Type,
                            &r->titles, &PyFrozenSet_Type, &r->numeric, &PyFrozenSet_Type, &r->ambiguous,
                            &PyFrozenSet_Type, &r->suffixes, &PyFrozenSet_Type, &r->starters, &PyFrozenSet_Type,
                            &r->before_name, &r->attribution, &r->glued_words, &r->glue_min_words);
}

static PyObject *spans_of(PyObject *text, Py_ssize_t start, Py_ssize_t end, const Rules *rules);

/* sentence_spans(text, start, end, rules): segment._spans_python, with segment._compiled_rules(). */
PyObject *
sp_sentence_spans(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *text, *rules;
    Py_ssize_t start, end;
    Rules r;
    if (!PyArg_ParseTuple(args, "UnnO!:sentence_spans", &text, &start, &end, &PyTuple_Type, &rules)
        || !read_rules(rules, &r)) {
        return NULL;
    }
    if (start < 0 || end > PyUnicode_GET_LENGTH(text)) {
        PyErr_SetString(PyExc_ValueError, "start and end must be resolved offsets into the text");
        return NULL;
    }
    return spans_of(text, start, end, &r);
}

/* How a sentence is made: an instance of cls (made without its __init__) whose __dict__ is
 * {fields[k]: value k} of (text, article, paragraph, start, end, position, words), in that order: what
 * document.Sentence's __init__ sets. */
typedef struct {
    PyTypeObject *cls;
    PyObject *fields, *article, *empty;
    Py_ssize_t position;
} Make;

static PyObject *
make_sentence(Make *m, PyObject *sentence, PyObject *paragraph, PyObject *first, PyObject *last, PyObject *words)
{
    PyObject *position = PyLong_FromSsize_t(m->position++);
    PyObject *values[7] = {sentence, m->article, paragraph, first, last, position, words};
    PyObject *object = position == NULL ? NULL : m->cls->tp_new(m->cls, m->empty, NULL);
    /* object.__setattr__ of each field in order: the same instance dict, and the instance keeps it in
     * the class's shared-key form, which costs less than a dict made and then set whole. */
    for (Py_ssize_t k = 0; object != NULL && k < 7; k++) {
        if (PyObject_GenericSetAttr(object, PyTuple_GET_ITEM(m->fields, k), values[k]) < 0) {
            Py_CLEAR(object);
        }
    }
    Py_XDECREF(position);
    return object;
}

/* The sentences with a word of the paragraphs of text, each made by `m`. */
static PyObject *
sentences_of(PyObject *text, PyObject *paragraphs, Rules *r, Make *m)
{
    PyObject *fast = PySequence_Fast(paragraphs, "paragraphs must be a sequence of (start, end)");
    if (fast == NULL) {
        return NULL;
    }
    PyObject *out = PyList_New(0);
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    for (Py_ssize_t p = 0; out != NULL && p < PySequence_Fast_GET_SIZE(fast); p++) {
        Py_ssize_t start, end;
        PyObject *spans = NULL;
        if (!PyArg_ParseTuple(PySequence_Fast_GET_ITEM(fast, p), "nn;a paragraph is (start, end)", &start, &end)) {
            Py_CLEAR(out);
            break;
        }
        if (start < 0 || end > length) {
            PyErr_SetString(PyExc_ValueError, "paragraphs must be resolved offsets into the text");
            Py_CLEAR(out);
            break;
        }
        spans = spans_of(text, start, end, r);
        for (Py_ssize_t k = 0; spans != NULL && k < PyList_GET_SIZE(spans); k++) {
            PyObject *span = PyList_GET_ITEM(spans, k);
            PyObject *first = PyTuple_GET_ITEM(span, 0), *last = PyTuple_GET_ITEM(span, 1);
            PyObject *sentence = PyUnicode_Substring(text, PyLong_AsSsize_t(first), PyLong_AsSsize_t(last));
            PyObject *words = sentence == NULL ? NULL : sp_word_tuple(sentence);
            PyObject *index = words == NULL ? NULL : PyLong_FromSsize_t(p);
            PyObject *row = NULL;
            int status = index == NULL ? -1 : 0;
            if (status == 0 && PyTuple_GET_SIZE(words)) {
                row = make_sentence(m, sentence, index, first, last, words);
                status = row == NULL ? -1 : PyList_Append(out, row);
            }
            Py_XDECREF(sentence);
            Py_XDECREF(words);
            Py_XDECREF(index);
            Py_XDECREF(row);
            if (status < 0) {
                Py_CLEAR(spans);
            }
        }
        if (spans == NULL) {
            Py_CLEAR(out);
        }
        Py_XDECREF(spans);
    }
    Py_DECREF(fast);
    return out;
}

/* sentence_objects(text, paragraphs, rules, article, cls, fields): segment._sentence_objects_python,
 * the sentences as instances of cls (see make_sentence), positions from 0. */
PyObject *
sp_sentence_objects(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *text, *paragraphs, *rules, *article, *cls, *fields;
    Rules r;
    if (!PyArg_ParseTuple(args, "UOO!OO!O!:sentence_objects", &text, &paragraphs, &PyTuple_Type, &rules, &article,
                          &PyType_Type, &cls, &PyTuple_Type, &fields)
        || !read_rules(rules, &r)) {
        return NULL;
    }
    if (PyTuple_GET_SIZE(fields) != 7) {
        PyErr_SetString(PyExc_ValueError, "a sentence has 7 fields");
        return NULL;
    }
    if (((PyTypeObject *)cls)->tp_new == NULL) {
        PyErr_Format(PyExc_TypeError, "cannot create '%.100s' instances", ((PyTypeObject *)cls)->tp_name);
        return NULL;
    }
    PyObject *empty = PyTuple_New(0);
    if (empty == NULL) {
        return NULL;
    }
    Make m = {(PyTypeObject *)cls, fields, article, empty, 0};
    PyObject *out = sentences_of(text, paragraphs, &r, &m);
    Py_DECREF(empty);
    return out;
}

/* The sentence spans of text[start:end] (resolved offsets), each a (start, end) tuple of ints. */
/* The first whitespace character at or after i (end if none). One-byte text, most news, is read
 * without asking its kind at each character. */
static inline Py_ssize_t
next_space(int kind, const void *data, Py_ssize_t i, Py_ssize_t end)
{
    if (kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *bytes = data;
        while (i < end && !Py_UNICODE_ISSPACE(bytes[i])) {
            i++;
        }
        return i;
    }
    while (i < end && !Py_UNICODE_ISSPACE(READ(i))) {
        i++;
    }
    return i;
}

/* The first terminal character ([.!?…]) at or after i (end if none); the same for one-byte text. */
static inline Py_ssize_t
next_terminal(int kind, const void *data, Py_ssize_t i, Py_ssize_t end)
{
    if (kind == PyUnicode_1BYTE_KIND) { /* no ellipsis character in one-byte text */
        const Py_UCS1 *bytes = data;
        while (i < end && bytes[i] != '.' && bytes[i] != '!' && bytes[i] != '?') {
            i++;
        }
        return i;
    }
    while (i < end && !is_terminal(READ(i))) {
        i++;
    }
    return i;
}

static PyObject *
spans_of(PyObject *text, Py_ssize_t start, Py_ssize_t end, const Rules *rules)
{
    Rules r = *rules;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    PyObject *spans = PyList_New(0), *out = PyList_New(0);
    if (spans == NULL || out == NULL) {
        goto fail;
    }
    Py_ssize_t i = start;
    while (i < end) { /* each line, stripped (segment._LINE) */
        if (Py_UNICODE_ISSPACE(READ(i))) {
            i++;
            continue;
        }
        Py_ssize_t line_start = i, line_end = i;
        for (;;) {
            line_end = next_space(kind, data, line_end, end);
            Py_ssize_t k = line_end;
            while (k < end && Py_UNICODE_ISSPACE(READ(k)) && !is_line_break(READ(k))) {
                k++;
            }
            if (k == line_end || k == end || Py_UNICODE_ISSPACE(READ(k))) {
                break;
            }
            line_end = k;
        }
        Py_ssize_t sentence_start = line_start, p = line_start;
        Candidate c;
        while ((p = next_terminal(kind, data, p, line_end)) < line_end) {
            if (!match_candidate(kind, data, p, line_end, &c)) {
                p++;
                continue;
            }
            int boundary = is_boundary(text, &c, line_start, line_end, &r);
            if (boundary < 0 || (boundary && append_span(spans, sentence_start, c.close) < 0)) {
                goto fail;
            }
            if (boundary) {
                sentence_start = c.after;
            }
            p = c.after;
        }
        if (append_span(spans, sentence_start, line_end) < 0) {
            goto fail;
        }
        i = line_end;
    }
    for (Py_ssize_t s = 0; s < PyList_GET_SIZE(spans); s++) {
        PyObject *span = PyList_GET_ITEM(spans, s);
        Py_ssize_t a = PyLong_AsSsize_t(PyTuple_GET_ITEM(span, 0)), b = PyLong_AsSsize_t(PyTuple_GET_ITEM(span, 1));
        if (sp_append_unglued(out, text, a, b, &r) < 0) {
            goto fail;
        }
    }
    Py_DECREF(spans);
    return out;
fail:
    Py_XDECREF(spans);
    Py_XDECREF(out);
    return NULL;
}
