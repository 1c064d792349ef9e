/* The per-word tables filled in C: a word new to the process costs no Python call.
 *
 * The lexicon's two tables (summarizer.language.Lexicon: a word's TF-IDF term, and the stems of its
 * alphanumeric runs) and the keyphrases' chunk and token tables (keyphrases._chunk_table, filled in
 * keyphrases_fill.c) are WordTables: dicts whose __missing__ calls a Python function for a word not
 * seen before. A cold process meets thousands of such words an article, and the Python around each
 * (__missing__, the closure, the method calls, the lru_cache in front of the stemmer) cost far more
 * than Snowball's stem itself. Each such table carries a `recipe`, what its Python function reads (the
 * stop words, the stemmer, the other table), and here the same value is made with the same steps:
 * str.lower() (ASCII in C, anything else by the method itself), str.isalnum()/isdigit()/islower() by
 * the character tests CPython uses, set lookups, and one call of the stem function per stem the
 * Python makes. The table starts again at its limit as WordTable.__missing__ does, and the other table
 * is filled only while it has room, as Lexicon's `term` and `pieces` do. */
#include "speedups.h"

static PyObject *str_recipe, *str_limit, *str_make, *str_lower, *empty;

void
word_lookup_open(WordLookup *l, PyObject *table)
{
    memset(l, 0, sizeof(*l));
    l->table = table;
    l->kind = RECIPE_UNREAD;
}

void
word_lookup_close(WordLookup *l)
{
    Py_CLEAR(l->recipe);
    Py_CLEAR(l->stem);
}

/* getattr(obj, "limit") as a Py_ssize_t; -1 with an error set. */
static Py_ssize_t
limit_of(PyObject *obj)
{
    PyObject *limit = PyObject_GetAttr(obj, str_limit);
    Py_ssize_t n = limit == NULL ? -1 : PyNumber_AsSsize_t(limit, PyExc_OverflowError);
    Py_XDECREF(limit);
    return n;
}

static int
bad_recipe(void)
{
    PyErr_SetString(PyExc_TypeError,
                    "a table's recipe must be (\"terms\" or \"stems\", other table, stop words, stem) or (\"chunks\", "
                    "token table, stop words, calendar words, verbs, stem), the stem a function or a table of stems");
    return -1;
}

/* Reads the table's recipe: l->kind RECIPE_NONE when it has none (a dict, a table of other values). */
static int
read_recipe(WordLookup *l)
{
    l->kind = RECIPE_NONE;
    if (PyDict_CheckExact(l->table) || !PyDict_Check(l->table)) {
        return 0;
    }
    PyObject *recipe = PyObject_GetAttr(l->table, str_recipe);
    if (recipe == NULL) {
        if (!PyErr_ExceptionMatches(PyExc_AttributeError)) {
            return -1;
        }
        PyErr_Clear();
        return 0;
    }
    if (recipe == Py_None) {
        Py_DECREF(recipe);
        return 0;
    }
    l->recipe = recipe;
    Py_ssize_t n = PyTuple_Check(recipe) ? PyTuple_GET_SIZE(recipe) : 0;
    PyObject *tag = n ? PyTuple_GET_ITEM(recipe, 0) : NULL;
    if (tag == NULL || !PyUnicode_Check(tag)) {
        return bad_recipe();
    }
    int lexicon = n == 4 && (PyUnicode_CompareWithASCIIString(tag, "terms") == 0
                             || PyUnicode_CompareWithASCIIString(tag, "stems") == 0);
    int chunks = n == 6 && PyUnicode_CompareWithASCIIString(tag, "chunks") == 0;
    if (!lexicon && !chunks) {
        return bad_recipe();
    }
    l->other = PyTuple_GET_ITEM(recipe, 1);
    l->stop = PyTuple_GET_ITEM(recipe, 2);
    if (chunks) {
        l->calendar = PyTuple_GET_ITEM(recipe, 3);
        l->verbs = PyTuple_GET_ITEM(recipe, 4);
    }
    PyObject *stem = PyTuple_GET_ITEM(recipe, n - 1);
    if (!PyDict_Check(l->other) || !PyAnySet_Check(l->stop) || !(PyDict_Check(stem) || PyCallable_Check(stem))
        || (chunks && (!PyAnySet_Check(l->calendar) || !PyAnySet_Check(l->verbs)))) {
        return bad_recipe();
    }
    if (PyDict_Check(stem)) { /* a WordTable of stems: its own lookups, its make called for a new one */
        l->stems = stem;
        l->stems_limit = limit_of(stem);
        l->stem = l->stems_limit < 0 ? NULL : PyObject_GetAttr(stem, str_make);
        if (l->stem == NULL) {
            return -1;
        }
    }
    else {
        l->stem = Py_NewRef(stem);
    }
    l->limit = limit_of(l->table);
    l->other_limit = l->limit < 0 ? -1 : limit_of(l->other);
    if (l->other_limit < 0) {
        return -1;
    }
    l->kind = chunks ? RECIPE_CHUNKS : PyUnicode_CompareWithASCIIString(tag, "terms") == 0 ? RECIPE_TERMS
                                                                                        : RECIPE_STEMS;
    return 0;
}

PyObject *
sp_stem(WordLookup *l, PyObject *lower)
{
    if (l->stems == NULL) {
        return PyObject_CallOneArg(l->stem, lower);
    }
    PyObject *stem = PyDict_GetItemWithError(l->stems, lower);
    if (stem != NULL || PyErr_Occurred()) {
        return Py_XNewRef(stem);
    }
    if (PyDict_GET_SIZE(l->stems) >= l->stems_limit) { /* WordTable.__missing__ */
        PyDict_Clear(l->stems);
    }
    stem = PyObject_CallOneArg(l->stem, lower);
    if (stem != NULL && PyDict_SetItem(l->stems, lower, stem) < 0) {
        Py_CLEAR(stem);
    }
    return stem;
}

PyObject *
sp_lowered(PyObject *word)
{
    if (!PyUnicode_IS_ASCII(word)) { /* full case mapping (final sigma, İ): the method itself */
        return PyObject_CallMethodNoArgs(word, str_lower);
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(word);
    const Py_UCS1 *chars = PyUnicode_1BYTE_DATA(word);
    PyObject *lower = PyUnicode_New(n, 127);
    if (lower == NULL) {
        return NULL;
    }
    Py_UCS1 *out = PyUnicode_1BYTE_DATA(lower);
    for (Py_ssize_t i = 0; i < n; i++) {
        out[i] = chars[i] >= 'A' && chars[i] <= 'Z' ? chars[i] + ('a' - 'A') : chars[i];
    }
    return lower;
}

/* str.isalnum(): at least one character, each alphanumeric (the test re's [^\W_] makes). */
static int
is_alnum(PyObject *s)
{
    if (PyUnicode_IS_ASCII(s)) {
        const Py_UCS1 *chars = PyUnicode_1BYTE_DATA(s);
        Py_ssize_t n = PyUnicode_GET_LENGTH(s), i = 0;
        while (i < n && ((unsigned)((chars[i] | 0x20) - 'a') < 26u || (unsigned)(chars[i] - '0') < 10u)) {
            i++;
        }
        return n > 0 && i == n;
    }
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!Py_UNICODE_ISALNUM(PyUnicode_READ(kind, data, i))) {
            return 0;
        }
    }
    return n > 0;
}

int
sp_isdigit(PyObject *s)
{
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!Py_UNICODE_ISDIGIT(PyUnicode_READ(kind, data, i))) {
            return 0;
        }
    }
    return n > 0;
}

/* str.islower(), as unicodeobject.c's unicode_islower_impl decides it. */
int
sp_islower(PyObject *s)
{
    if (PyUnicode_IS_ASCII(s)) { /* no upper case letter, and a lower case one */
        const Py_UCS1 *chars = PyUnicode_1BYTE_DATA(s);
        int cased = 0;
        for (Py_ssize_t i = 0; i < PyUnicode_GET_LENGTH(s); i++) {
            if ((unsigned)(chars[i] - 'A') < 26u) {
                return 0;
            }
            cased |= (unsigned)(chars[i] - 'a') < 26u;
        }
        return cased;
    }
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    if (n == 1) {
        return Py_UNICODE_ISLOWER(PyUnicode_READ(kind, data, 0)) != 0;
    }
    int cased = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (Py_UNICODE_ISUPPER(ch) || Py_UNICODE_ISTITLE(ch)) {
            return 0;
        }
        if (!cased && Py_UNICODE_ISLOWER(ch)) {
            cased = 1;
        }
    }
    return cased;
}

/* Lexicon's `both`: the TF-IDF term of a word (its stem, or "" for a stop word or a number) and the
 * stems of its alphanumeric runs, as new references; -1 on an error. */
static int
lexicon_both(WordLookup *l, PyObject *word, PyObject **term, PyObject **runs)
{
    *term = *runs = NULL;
    PyObject *lower = sp_lowered(word);
    if (lower == NULL) {
        return -1;
    }
    int status = -1;
    if (is_alnum(lower)) {
        PyObject *stem = sp_stem(l, lower);
        int stop = stem == NULL ? -1 : PySet_Contains(l->stop, lower);
        if (stop >= 0 && (*runs = PyTuple_Pack(1, stem)) != NULL) {
            *term = stop || sp_isdigit(lower) ? Py_NewRef(empty) : Py_NewRef(stem);
            status = 0;
        }
        Py_XDECREF(stem);
        Py_DECREF(lower);
        return status;
    }
    /* Not alphanumeric (nor digits): the stems of its runs (re's [^\W_]+), then its own stem. */
    int kind = PyUnicode_KIND(lower);
    const void *data = PyUnicode_DATA(lower);
    Py_ssize_t n = PyUnicode_GET_LENGTH(lower), count = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        count += Py_UNICODE_ISALNUM(PyUnicode_READ(kind, data, i))
                 && (i == 0 || !Py_UNICODE_ISALNUM(PyUnicode_READ(kind, data, i - 1)));
    }
    *runs = PyTuple_New(count);
    Py_ssize_t i = 0, r = 0;
    while (*runs != NULL && r < count) {
        while (!Py_UNICODE_ISALNUM(PyUnicode_READ(kind, data, i))) {
            i++;
        }
        Py_ssize_t start = i;
        while (i < n && Py_UNICODE_ISALNUM(PyUnicode_READ(kind, data, i))) {
            i++;
        }
        PyObject *run = PyUnicode_Substring(lower, start, i);
        PyObject *stem = run == NULL ? NULL : sp_stem(l, run);
        Py_XDECREF(run);
        if (stem == NULL) {
            Py_CLEAR(*runs);
            break;
        }
        PyTuple_SET_ITEM(*runs, r++, stem);
    }
    int stop = *runs == NULL ? -1 : PySet_Contains(l->stop, lower);
    if (stop >= 0) {
        *term = stop ? Py_NewRef(empty) : sp_stem(l, lower);
        status = *term == NULL ? -1 : 0;
    }
    if (status < 0) {
        Py_CLEAR(*runs);
    }
    Py_DECREF(lower);
    return status;
}

/* A word missing from one of the lexicon's tables: WordTable.__missing__ with Lexicon's `term` or
 * `pieces` as its make (the other table given its value too while it has room). */
static PyObject *
lexicon_fill(WordLookup *l, PyObject *word)
{
    if (PyDict_GET_SIZE(l->table) >= l->limit) {
        PyDict_Clear(l->table);
    }
    PyObject *term, *runs;
    if (lexicon_both(l, word, &term, &runs) < 0) {
        return NULL;
    }
    PyObject *mine = l->kind == RECIPE_TERMS ? term : runs, *theirs = l->kind == RECIPE_TERMS ? runs : term;
    int status = 0;
    if (PyDict_GET_SIZE(l->other) < l->other_limit) {
        status = PyDict_SetDefault(l->other, word, theirs) == NULL ? -1 : 0;
    }
    if (status == 0) {
        status = PyDict_SetItem(l->table, word, mine);
    }
    Py_DECREF(theirs);
    if (status < 0) {
        Py_DECREF(mine);
        return NULL;
    }
    return mine;
}

PyObject *
word_lookup(WordLookup *l, PyObject *key)
{
    if (PyDict_Check(l->table)) {
        PyObject *value = PyDict_GetItemWithError(l->table, key);
        if (value != NULL) {
            return Py_NewRef(value);
        }
        if (PyErr_Occurred()) {
            return NULL;
        }
    }
    if (l->kind == RECIPE_UNREAD && read_recipe(l) < 0) {
        return NULL;
    }
    if (l->kind == RECIPE_NONE || !PyUnicode_CheckExact(key)) {
        return PyObject_GetItem(l->table, key); /* through its __missing__ */
    }
    return l->kind == RECIPE_CHUNKS ? kp_fill_chunk(l, key) : lexicon_fill(l, key);
}

int
sp_tables_init(void)
{
    str_recipe = PyUnicode_InternFromString("recipe");
    str_limit = PyUnicode_InternFromString("limit");
    str_make = PyUnicode_InternFromString("make");
    str_lower = PyUnicode_InternFromString("lower");
    empty = PyUnicode_FromStringAndSize(NULL, 0);
    return str_recipe && str_limit && str_make && str_lower && empty ? 0 : -1;
}
