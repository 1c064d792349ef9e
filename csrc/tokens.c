/* Words, their table lookups and their codes: the twins of language.words, Lexicon.terms and
 * Lexicon.stems, and of the vocabulary and codes of vectorize.count_matrix. */
#include "speedups.h"
#include <stdint.h>
#include <string.h>

/* What may join two runs of word characters inside one word: - ' ’ . , */
static inline int
is_joiner(Py_UCS4 ch)
{
    return ch == '-' || ch == '\'' || ch == 0x2019 || ch == '.' || ch == ',';
}

/* One str per distinct word of one-byte text, kept by the process: a word seen before is handed out
 * again (a new reference) instead of being made anew. Its hash, once computed by the first table that
 * looks it up, stays with it, and every later dict lookup matches it by identity; news repeats its
 * words, so most of an article's words are found here. Open addressing on FNV-1a of the bytes; past
 * WORD_CACHE_LIMIT words the cache starts again (as summarizer.language.WordTable does), so memory stays
 * bounded: at most some 16,000 short strings, most of them keys of the lexicon's tables anyway. */
#define WORD_CACHE_SLOTS 32768 /* a power of two, twice the limit */
#define WORD_CACHE_LIMIT 16384
#define WORD_CACHE_LONGEST 40 /* longer words (rare) are made anew */
static PyObject *word_cache[WORD_CACHE_SLOTS];
static Py_ssize_t word_cache_size;

static void
word_cache_clear(void)
{
    for (Py_ssize_t i = 0; i < WORD_CACHE_SLOTS; i++) {
        Py_CLEAR(word_cache[i]);
    }
    word_cache_size = 0;
}

/* text[start:end] as a str (a new reference): the cached one when one-byte text has had it before. */
static PyObject *
word_at(PyObject *text, int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    Py_ssize_t length = end - start;
    if (kind != PyUnicode_1BYTE_KIND || length > WORD_CACHE_LONGEST) {
        return PyUnicode_Substring(text, start, end);
    }
    const Py_UCS1 *bytes = (const Py_UCS1 *)data + start;
    uint64_t hash = 14695981039346656037ULL;
    for (Py_ssize_t i = 0; i < length; i++) {
        hash = (hash ^ bytes[i]) * 1099511628211ULL;
    }
    size_t slot = (size_t)(hash ^ (hash >> 32)) & (WORD_CACHE_SLOTS - 1);
    for (PyObject *seen; (seen = word_cache[slot]) != NULL; slot = (slot + 1) & (WORD_CACHE_SLOTS - 1)) {
        if (PyUnicode_GET_LENGTH(seen) == length && memcmp(PyUnicode_1BYTE_DATA(seen), bytes, length) == 0) {
            Py_INCREF(seen);
            return seen;
        }
    }
    PyObject *word = PyUnicode_Substring(text, start, end);
    if (word == NULL) {
        return NULL;
    }
    if (word_cache_size >= WORD_CACHE_LIMIT) {
        word_cache_clear();
        slot = (size_t)(hash ^ (hash >> 32)) & (WORD_CACHE_SLOTS - 1);
    }
    Py_INCREF(word);
    word_cache[slot] = word;
    word_cache_size++;
    return word;
}

/* The words of a text while they are found: new references, handed to a list or a tuple at the end. */
typedef struct {
    PyObject **items;
    Py_ssize_t size, capacity;
    PyObject *small[64]; /* most sentences have fewer words: no allocation for them */
} Found;

static int
found_push(Found *f, PyObject *word)
{
    if (f->size == f->capacity) {
        Py_ssize_t capacity = 2 * f->capacity;
        PyObject **items = f->items == f->small ? PyMem_Malloc((size_t)capacity * sizeof(PyObject *))
                                                : PyMem_Realloc(f->items, (size_t)capacity * sizeof(PyObject *));
        if (items == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        if (f->items == f->small) {
            memcpy(items, f->small, sizeof(f->small));
        }
        f->items = items;
        f->capacity = capacity;
    }
    f->items[f->size++] = word;
    return 0;
}

static void
found_release(Found *f)
{
    for (Py_ssize_t i = 0; i < f->size; i++) {
        Py_DECREF(f->items[i]);
    }
    if (f->items != f->small) {
        PyMem_Free(f->items);
    }
}

/* The words of text[0:n], read as `kind` (a constant where it is inlined, so that each kind of
 * string gets its own loop without a switch at every character), pushed on `f`. */
static inline Py_ALWAYS_INLINE int
words_of(Found *f, PyObject *text, int kind, const void *data, Py_ssize_t n)
{
    Py_ssize_t i = 0;
    while (i < n) {
        if (!is_word(PyUnicode_READ(kind, data, i))) {
            i++;
            continue;
        }
        Py_ssize_t start = i;
        while (i < n && is_word(PyUnicode_READ(kind, data, i))) {
            i++;
        }
        while (i + 1 < n && is_joiner(PyUnicode_READ(kind, data, i)) && is_word(PyUnicode_READ(kind, data, i + 1))) {
            i += 2;
            while (i < n && is_word(PyUnicode_READ(kind, data, i))) {
                i++;
            }
        }
        PyObject *word = word_at(text, kind, data, start, i);
        if (word == NULL || found_push(f, word) < 0) {
            Py_XDECREF(word);
            return -1;
        }
    }
    return 0;
}

/* The words of `text` as a list, or as a tuple when `as_tuple`. */
static PyObject *
find_words(PyObject *text, int as_tuple)
{
    if (!PyUnicode_Check(text)) {
        PyErr_Format(PyExc_TypeError, "expected a str, not %.100s", Py_TYPE(text)->tp_name);
        return NULL;
    }
    Found f;
    f.items = f.small;
    f.size = 0;
    f.capacity = (Py_ssize_t)(sizeof(f.small) / sizeof(f.small[0]));
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    const void *data = PyUnicode_DATA(text);
    int status;
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        status = words_of(&f, text, PyUnicode_1BYTE_KIND, data, n);
        break;
    case PyUnicode_2BYTE_KIND:
        status = words_of(&f, text, PyUnicode_2BYTE_KIND, data, n);
        break;
    default:
        status = words_of(&f, text, PyUnicode_4BYTE_KIND, data, n);
    }
    PyObject *out = status < 0 ? NULL : as_tuple ? PyTuple_New(f.size) : PyList_New(f.size);
    if (out == NULL) {
        found_release(&f);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < f.size; i++) { /* the references pass to the list or tuple */
        if (as_tuple) {
            PyTuple_SET_ITEM(out, i, f.items[i]);
        }
        else {
            PyList_SET_ITEM(out, i, f.items[i]);
        }
    }
    f.size = 0;
    found_release(&f);
    return out;
}

PyObject *
sp_words(PyObject *Py_UNUSED(module), PyObject *text)
{
    return find_words(text, 0);
}

/* The words of a text as a tuple (a document.Sentence's words, as segment.sentence_objects gives them). */
PyObject *
sp_word_tuple(PyObject *text)
{
    return find_words(text, 1);
}

/* Calls `take(context, token)` on each token the table gives a word: the value itself, when
 * `concatenate` is 0 and the value is true (Lexicon.terms), or every item of it, when 1
 * (Lexicon.stems). */
typedef int (*TakeToken)(void *context, PyObject *token);

static int
each_token(WordLookup *table, PyObject *word, int concatenate, TakeToken take, void *context)
{
    PyObject *value = word_lookup(table, word);
    if (value == NULL) {
        return -1;
    }
    int status = 0;
    if (!concatenate) {
        int keep = PyObject_IsTrue(value);
        status = keep < 0 ? -1 : keep ? take(context, value) : 0;
    }
    else {
        PyObject *parts = PySequence_Fast(value, "a table value must be a sequence");
        status = parts == NULL ? -1 : 0;
        for (Py_ssize_t j = 0; status == 0 && j < PySequence_Fast_GET_SIZE(parts); j++) {
            status = take(context, PySequence_Fast_GET_ITEM(parts, j));
        }
        Py_XDECREF(parts);
    }
    Py_DECREF(value);
    return status;
}

static int
append_token(void *list, PyObject *token)
{
    return PyList_Append((PyObject *)list, token);
}

/* Appends what the table says of a word to `out` (see each_token). */
static int
append_looked_up(PyObject *out, WordLookup *table, PyObject *word, int concatenate)
{
    return each_token(table, word, concatenate, append_token, out);
}

static PyObject *
look_up(const char *name, PyObject *const *args, Py_ssize_t nargs, int concatenate)
{
    if (!given_arguments(name, nargs, 2)) {
        return NULL;
    }
    PyObject *seq = PySequence_Fast(args[1], "words must be iterable");
    if (seq == NULL) {
        return NULL;
    }
    PyObject *out = PyList_New(0);
    WordLookup table;
    word_lookup_open(&table, args[0]);
    for (Py_ssize_t i = 0; out != NULL && i < PySequence_Fast_GET_SIZE(seq); i++) {
        if (append_looked_up(out, &table, PySequence_Fast_GET_ITEM(seq, i), concatenate) < 0) {
            Py_CLEAR(out);
        }
    }
    word_lookup_close(&table);
    Py_DECREF(seq);
    return out;
}

PyObject *
sp_terms(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    return look_up("terms", args, nargs, 0);
}

PyObject *
sp_pieces(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    return look_up("pieces", args, nargs, 1);
}

PyObject *
sp_codes(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    if (!given_arguments("codes", nargs, 2)) {
        return NULL;
    }
    PyObject *vocabulary = args[1];
    if (!PyDict_Check(vocabulary)) {
        PyErr_SetString(PyExc_TypeError, "the vocabulary must be a dict");
        return NULL;
    }
    PyObject *docs = PySequence_Fast(args[0], "documents must be iterable");
    if (docs == NULL) {
        return NULL;
    }
    Py_ssize_t n = PySequence_Fast_GET_SIZE(docs);
    PyObject *out = NULL;
    PyObject **fast = PyMem_Calloc(n ? n : 1, sizeof(PyObject *));
    if (fast == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t total = 0;
    for (Py_ssize_t d = 0; d < n; d++) {
        fast[d] = PySequence_Fast(PySequence_Fast_GET_ITEM(docs, d), "a document must be iterable");
        if (fast[d] == NULL) {
            goto done;
        }
        total += PySequence_Fast_GET_SIZE(fast[d]);
    }
    out = PyByteArray_FromStringAndSize(NULL, total * (Py_ssize_t)sizeof(int64_t));
    if (out == NULL) {
        goto done;
    }
    int64_t *ids = (int64_t *)PyByteArray_AS_STRING(out);
    for (Py_ssize_t d = 0; d < n; d++) {
        for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(fast[d]); i++) {
            PyObject *token = PySequence_Fast_GET_ITEM(fast[d], i);
            PyObject *index = PyDict_GetItemWithError(vocabulary, token);
            if (index == NULL) {
                if (!PyErr_Occurred()) {
                    PyErr_SetObject(PyExc_KeyError, token);
                }
                Py_CLEAR(out);
                goto done;
            }
            long long value = PyLong_AsLongLong(index);
            if (value == -1 && PyErr_Occurred()) {
                Py_CLEAR(out);
                goto done;
            }
            *ids++ = (int64_t)value;
        }
    }
done:
    if (fast != NULL) {
        for (Py_ssize_t d = 0; d < n; d++) {
            Py_XDECREF(fast[d]);
        }
        PyMem_Free(fast);
    }
    Py_DECREF(docs);
    return out;
}

/* A growing array of int64. */
typedef struct {
    int64_t *items;
    Py_ssize_t size, capacity;
} Codes;

static int
codes_push(Codes *c, int64_t value)
{
    if (c->size == c->capacity) {
        Py_ssize_t capacity = c->capacity ? 2 * c->capacity : 1024;
        int64_t *items = PyMem_Realloc(c->items, capacity * sizeof(int64_t));
        if (items == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        c->items = items;
        c->capacity = capacity;
    }
    c->items[c->size++] = value;
    return 0;
}

static PyObject *
codes_bytes(const Codes *c)
{
    return PyByteArray_FromStringAndSize((const char *)c->items, c->size * (Py_ssize_t)sizeof(int64_t));
}

/* An article's vocabulary while its tokens are coded: an open-addressing table of the tokens seen
 * (a new reference each, with its hash), in first-seen order. A token is found by identity first (most
 * are the same str again: the tables hand out one object per value), else by hash and equality, as a
 * dict finds it; no int object is made per token, and the table is emptied, not freed, between
 * articles. The keys in order are the vocabulary: a token's column is its place among them. */
typedef struct {
    PyObject *key;
    Py_hash_t hash;
    Py_ssize_t local;
} VocabularySlot;

typedef struct {
    VocabularySlot *slots;
    Py_ssize_t mask;  /* slots - 1, a power of two minus one */
    PyObject **order; /* the keys in first-seen order */
    Py_ssize_t *where; /* the slot of each key of order */
    Py_ssize_t size, capacity;
} Vocabulary;

static void
vocabulary_clear(Vocabulary *v)
{
    for (Py_ssize_t i = 0; i < v->size; i++) { /* only the slots in use: the table may have grown large */
        v->slots[v->where[i]].key = NULL;
        Py_DECREF(v->order[i]);
    }
    v->size = 0;
}

static void
vocabulary_free(Vocabulary *v)
{
    vocabulary_clear(v);
    PyMem_Free(v->slots);
    PyMem_Free(v->order);
    PyMem_Free(v->where);
}

/* The slot of `key` (with `hash`): where it is, or the empty slot where it would go; NULL on an error
 * of its comparison. */
static VocabularySlot *
vocabulary_slot(Vocabulary *v, PyObject *key, Py_hash_t hash)
{
    size_t i = (size_t)hash & (size_t)v->mask;
    for (size_t perturb = (size_t)hash;; perturb >>= 5, i = (i * 5 + perturb + 1) & (size_t)v->mask) {
        VocabularySlot *slot = &v->slots[i];
        if (slot->key == NULL || slot->key == key) {
            return slot;
        }
        if (slot->hash == hash) {
            int equal = PyObject_RichCompareBool(slot->key, key, Py_EQ);
            if (equal < 0) {
                return NULL;
            }
            if (equal) {
                return slot;
            }
        }
    }
}

/* Room for one more key: the slots at most half full, the order array long enough. */
static int
vocabulary_reserve(Vocabulary *v)
{
    if (v->size == v->capacity) {
        Py_ssize_t capacity = v->capacity ? 2 * v->capacity : 256;
        PyObject **order = PyMem_Realloc(v->order, (size_t)capacity * sizeof(PyObject *));
        if (order != NULL) {
            v->order = order;
        }
        Py_ssize_t *where = order == NULL ? NULL : PyMem_Realloc(v->where, (size_t)capacity * sizeof(Py_ssize_t));
        if (where == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        v->where = where;
        v->capacity = capacity;
    }
    if (v->slots != NULL && 2 * (v->size + 1) <= v->mask + 1) {
        return 0;
    }
    Py_ssize_t count = v->slots == NULL ? 512 : 2 * (v->mask + 1);
    VocabularySlot *old = v->slots;
    Py_ssize_t old_count = old == NULL ? 0 : v->mask + 1;
    v->slots = PyMem_Calloc((size_t)count, sizeof(VocabularySlot));
    if (v->slots == NULL) {
        v->slots = old;
        PyErr_NoMemory();
        return -1;
    }
    v->mask = count - 1;
    for (Py_ssize_t k = 0; k < old_count; k++) {
        if (old[k].key != NULL) { /* distinct keys: the first empty slot of the probe sequence */
            size_t i = (size_t)old[k].hash & (size_t)v->mask;
            for (size_t perturb = (size_t)old[k].hash; v->slots[i].key != NULL;
                 perturb >>= 5, i = (i * 5 + perturb + 1) & (size_t)v->mask) {
            }
            v->slots[i] = old[k];
            v->where[old[k].local] = (Py_ssize_t)i;
        }
    }
    PyMem_Free(old);
    return 0;
}

/* The place of `token` in the vocabulary, added at the end when new; -1 on an error. */
static Py_ssize_t
vocabulary_index(Vocabulary *v, PyObject *token)
{
    Py_hash_t hash = PyObject_Hash(token);
    if (hash == -1 || vocabulary_reserve(v) < 0) {
        return -1;
    }
    VocabularySlot *slot = vocabulary_slot(v, token, hash);
    if (slot == NULL) {
        return -1;
    }
    if (slot->key == NULL) {
        Py_INCREF(token);
        slot->key = token;
        slot->hash = hash;
        slot->local = v->size;
        v->where[v->size] = slot - v->slots;
        v->order[v->size++] = token;
    }
    return slot->local;
}

/* The place of `token` in the vocabulary, or -2 when it is not there; -1 on an error. */
static Py_ssize_t
vocabulary_find(Vocabulary *v, PyObject *token)
{
    if (v->slots == NULL) {
        return -2;
    }
    Py_hash_t hash = PyObject_Hash(token);
    if (hash == -1) {
        return -1;
    }
    VocabularySlot *slot = vocabulary_slot(v, token, hash);
    return slot == NULL ? -1 : slot->key == NULL ? -2 : slot->local;
}

/* The vocabulary's keys in first-seen order, as a list. */
static PyObject *
vocabulary_keys(const Vocabulary *v)
{
    PyObject *keys = PyList_New(v->size);
    for (Py_ssize_t i = 0; keys != NULL && i < v->size; i++) {
        Py_INCREF(v->order[i]);
        PyList_SET_ITEM(keys, i, v->order[i]);
    }
    return keys;
}

/* Where the tokens of an article go: their columns, and how many there are. */
typedef struct {
    Codes *columns;
    Vocabulary *vocabulary;
    int64_t offset, count;
} Coding;

static int
code_token(void *context, PyObject *token)
{
    Coding *c = context;
    c->count++;
    Py_ssize_t local = vocabulary_index(c->vocabulary, token);
    return local < 0 ? -1 : codes_push(c->columns, c->offset + (int64_t)local);
}

/* A title's token: its column when the article's vocabulary has it (a token the sentences lack is
 * dropped, and the vocabulary stays as the sentences made it). */
static int
code_title_token(void *context, PyObject *token)
{
    Coding *c = context;
    Py_ssize_t local = vocabulary_find(c->vocabulary, token);
    return local == -1 ? -1 : local == -2 ? 0 : codes_push(c->columns, c->offset + (int64_t)local);
}

/* The sentences of one article, coded into `columns` (columns from `offset`), its title's words into
 * `title_columns`; the vocabulary's keys in first-seen order, or NULL on an error. */
static PyObject *
code_article(Vocabulary *vocabulary, Codes *columns, Codes *lengths, Codes *title_columns, PyObject *table,
             PyObject *article, PyObject *title, int concatenate, int64_t offset)
{
    vocabulary_clear(vocabulary);
    PyObject *sentences = PySequence_Fast(article, "an article must be a sequence of sentences");
    if (sentences == NULL) {
        return NULL;
    }
    WordLookup lookup;
    word_lookup_open(&lookup, table);
    int status = 0;
    for (Py_ssize_t s = 0; status == 0 && s < PySequence_Fast_GET_SIZE(sentences); s++) {
        PyObject *found = PySequence_Fast(PySequence_Fast_GET_ITEM(sentences, s), "a sentence must be a sequence of words");
        Coding coding = {columns, vocabulary, offset, 0};
        status = found == NULL ? -1 : 0;
        for (Py_ssize_t i = 0; status == 0 && i < PySequence_Fast_GET_SIZE(found); i++) {
            status = each_token(&lookup, PySequence_Fast_GET_ITEM(found, i), concatenate, code_token, &coding);
        }
        Py_XDECREF(found);
        if (status == 0) {
            status = codes_push(lengths, coding.count);
        }
    }
    Py_DECREF(sentences);
    if (status == 0 && title != NULL) {
        PyObject *found = PySequence_Fast(title, "a title must be a sequence of words");
        Coding coding = {title_columns, vocabulary, offset, 0};
        status = found == NULL ? -1 : 0;
        for (Py_ssize_t i = 0; status == 0 && i < PySequence_Fast_GET_SIZE(found); i++) {
            status = each_token(&lookup, PySequence_Fast_GET_ITEM(found, i), concatenate, code_title_token, &coding);
        }
        Py_XDECREF(found);
    }
    word_lookup_close(&lookup);
    return status < 0 ? NULL : vocabulary_keys(vocabulary);
}

PyObject *
sp_chunk_codes(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    if (!given_arguments("chunk_codes", nargs, 4)) {
        return NULL;
    }
    int concatenate = PyObject_IsTrue(args[2]);
    if (concatenate < 0) {
        return NULL;
    }
    PyObject *tables = PySequence_Fast(args[0], "tables must be a sequence");
    PyObject *articles = tables == NULL ? NULL : PySequence_Fast(args[1], "articles must be a sequence");
    PyObject *titles = articles == NULL ? NULL : PySequence_Fast(args[3], "titles must be a sequence");
    PyObject *vocabularies = NULL, *result = NULL;
    Codes columns = {NULL, 0, 0}, lengths = {NULL, 0, 0}, title_columns = {NULL, 0, 0};
    Vocabulary vocabulary = {NULL, 0, NULL, NULL, 0, 0};
    if (titles == NULL) {
        goto done;
    }
    Py_ssize_t n = PySequence_Fast_GET_SIZE(articles);
    if (PySequence_Fast_GET_SIZE(tables) != n || PySequence_Fast_GET_SIZE(titles) != n) {
        PyErr_SetString(PyExc_ValueError, "one table and one title per article are needed");
        goto done;
    }
    vocabularies = PyList_New(n);
    int64_t offset = 0;
    for (Py_ssize_t a = 0; vocabularies != NULL && a < n; a++) {
        PyObject *title = PySequence_Fast_GET_ITEM(titles, a);
        PyObject *keys = code_article(&vocabulary, &columns, &lengths, &title_columns, PySequence_Fast_GET_ITEM(tables, a),
                                      PySequence_Fast_GET_ITEM(articles, a), title == Py_None ? NULL : title,
                                      concatenate, offset);
        if (keys == NULL) {
            goto done;
        }
        offset += PyList_GET_SIZE(keys);
        PyList_SET_ITEM(vocabularies, a, keys);
    }
    if (vocabularies != NULL) {
        PyObject *c = codes_bytes(&columns), *l = codes_bytes(&lengths), *t = codes_bytes(&title_columns);
        if (c != NULL && l != NULL && t != NULL) {
            result = PyTuple_Pack(4, vocabularies, c, l, t);
        }
        Py_XDECREF(c);
        Py_XDECREF(l);
        Py_XDECREF(t);
    }
done:
    Py_XDECREF(vocabularies);
    vocabulary_free(&vocabulary);
    PyMem_Free(columns.items);
    PyMem_Free(lengths.items);
    PyMem_Free(title_columns.items);
    Py_XDECREF(tables);
    Py_XDECREF(articles);
    Py_XDECREF(titles);
    return result;
}
