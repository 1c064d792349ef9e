/* Keyphrases: the twin of keyphrases._keyphrases_python, from the sentences to the chosen phrases.
 *
 * The Python twin splits each sentence into whitespace-free chunks, looks each up in the chunk table,
 * keys each candidate by a tuple of stems with every written form of it as a string, and scores every
 * candidate. Here the chunks are read in place in the sentence's text and remembered by their
 * characters (below), a stem is a small integer and a candidate a C struct (keyphrases_tally.c), and
 * no Python object is made until the few phrases returned are written out (keyphrases_choose.c).
 * Same floats, same order, same strings. */
#include "keyphrases.h"

PyObject *kp_space, *kp_lower;
static PyObject *str_position, *str_text;

/* The pieces of the chunks read lately, found by a hash of their characters: news repeats its
 * chunks, and a chunk found here costs neither a str nor a dict lookup. A slot keeps only what the
 * chunk table gave for that chunk (the table maps a chunk to the same pieces every time), and its
 * reference to the table keeps another table from taking that address. The slots are a fixed number,
 * so the memory stays flat; chunks longer than keyphrases._CACHED_CHUNK_CHARS are never kept. */
#define CHUNK_SLOTS 8192 /* a power of two */

typedef struct {
    PyObject *table;
    PyObject *chunk;  /* a str */
    PyObject *pieces; /* a tuple or a list (PySequence_Fast) */
    Py_uhash_t hash;
} ChunkSlot;

static ChunkSlot chunk_slots[CHUNK_SLOTS];

/* Whether str `chunk` holds the characters text[start:start + n] (text of `kind` at `data`). */
static int
same_chars(PyObject *chunk, int kind, const void *data, Py_ssize_t start, Py_ssize_t n)
{
    if (PyUnicode_GET_LENGTH(chunk) != n) {
        return 0;
    }
    int own = PyUnicode_KIND(chunk);
    const void *chars = PyUnicode_DATA(chunk);
    if (own == kind) {
        return memcmp(chars, (const char *)data + start * kind, (size_t)n * (size_t)kind) == 0;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        if (PyUnicode_READ(own, chars, i) != PyUnicode_READ(kind, data, start + i)) {
            return 0;
        }
    }
    return 1;
}

/* chunks[text[start:end]] as a new reference to a fast sequence: from the slots when the same chunk
 * of the same table was read before, else from the table (and kept in its slot when short). */
static PyObject *
chunk_pieces(WordLookup *lookup, PyObject *text, Py_ssize_t start, Py_ssize_t end, Py_uhash_t hash)
{
    PyObject *chunks = lookup->table;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    ChunkSlot *slot = &chunk_slots[hash & (CHUNK_SLOTS - 1)];
    if (slot->table == chunks && slot->hash == hash
        && same_chars(slot->chunk, kind, data, start, end - start)) {
        Py_INCREF(slot->pieces);
        return slot->pieces;
    }
    PyObject *chunk = PyUnicode_Substring(text, start, end);
    PyObject *found = chunk == NULL ? NULL : word_lookup(lookup, chunk);
    PyObject *pieces = found == NULL ? NULL : PySequence_Fast(found, "a chunk's pieces must be a sequence");
    Py_XDECREF(found);
    if (pieces == NULL || end - start > CACHED_CHUNK_CHARS) {
        Py_XDECREF(chunk);
        return pieces;
    }
    /* The table may have run Python code (another thread): whatever the slot holds now, replace it
     * first and release it after. */
    ChunkSlot old = *slot;
    Py_INCREF(chunks);
    Py_INCREF(pieces);
    *slot = (ChunkSlot){chunks, chunk, pieces, hash};
    Py_XDECREF(old.table);
    Py_XDECREF(old.chunk);
    Py_XDECREF(old.pieces);
    return pieces;
}

/* The chunks of one sentence, as str.split() cuts them, and their runs of content words. */
static int
read_text(Tally *t, PyObject *text, WordLookup *chunks)
{
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), i = 0;
    Py_ssize_t run = t->n_words; /* where the current run of content words starts */
    while (i < n) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (Py_UNICODE_ISSPACE(ch)) {
            i++;
            continue;
        }
        Py_ssize_t start = i;
        Py_uhash_t hash = 14695981039346656037ULL; /* FNV-1a over the code points */
        do {
            hash = (hash ^ ch) * 1099511628211ULL;
            ch = ++i < n ? PyUnicode_READ(kind, data, i) : ' ';
        } while (!Py_UNICODE_ISSPACE(ch));
        hash ^= hash >> 29;
        PyObject *parts = chunk_pieces(chunks, text, start, i, hash);
        if (parts == NULL) {
            return -1;
        }
        for (Py_ssize_t j = 0; j < PySequence_Fast_GET_SIZE(parts); j++) {
            PyObject *piece = PySequence_Fast_GET_ITEM(parts, j);
            int content = piece == Py_None ? 0 : PyObject_IsTrue(piece);
            int status = content < 0 ? -1 : content ? kp_add_word(t, piece) : kp_end_run(t, run, t->n_words);
            if (status < 0) {
                Py_DECREF(parts);
                return -1;
            }
            if (!content) {
                run = t->n_words; /* punctuation or a word that is not content ends the run */
            }
        }
        Py_DECREF(parts);
    }
    return kp_end_run(t, run, t->n_words);
}

/* Every sentence read, each occurrence weighing 1 + 1 / (1 + its position). */
static int
read_sentences(Tally *t, PyObject *sentences, WordLookup *chunks)
{
    PyObject *iter = PyObject_GetIter(sentences), *sentence;
    if (iter == NULL) {
        return -1;
    }
    while ((sentence = PyIter_Next(iter)) != NULL) {
        PyObject *position = PyObject_GetAttr(sentence, str_position);
        double p = position == NULL ? -1.0 : PyFloat_AsDouble(position);
        Py_XDECREF(position);
        PyObject *text = p == -1.0 && PyErr_Occurred() ? NULL : PyObject_GetAttr(sentence, str_text);
        Py_DECREF(sentence);
        if (text != NULL && !PyUnicode_Check(text)) {
            PyErr_Format(PyExc_TypeError, "a sentence's text must be a str, not %.100s",
                         Py_TYPE(text)->tp_name);
            Py_CLEAR(text);
        }
        t->early = 1.0 + 1.0 / (1.0 + p);
        int status = text == NULL ? -1 : read_text(t, text, chunks);
        Py_XDECREF(text);
        if (status < 0) {
            Py_DECREF(iter);
            return -1;
        }
    }
    Py_DECREF(iter);
    return PyErr_Occurred() ? -1 : 0;
}

PyObject *
sp_keyphrases(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    if (!given_arguments("keyphrases", nargs, 3)) {
        return NULL;
    }
    Py_ssize_t count = PyNumber_AsSsize_t(args[2], PyExc_OverflowError);
    if (count == -1 && PyErr_Occurred()) {
        return NULL;
    }
    Tally t;
    WordLookup chunks;
    word_lookup_open(&chunks, args[1]);
    PyObject *result = NULL;
    if (kp_tally_init(&t) == 0 && read_sentences(&t, args[0], &chunks) == 0) {
        result = kp_choose(&t, count);
    }
    kp_tally_free(&t);
    word_lookup_close(&chunks);
    return result;
}

int
sp_keyphrases_init(void)
{
    str_position = PyUnicode_InternFromString("position");
    str_text = PyUnicode_InternFromString("text");
    kp_lower = PyUnicode_InternFromString("lower");
    kp_space = PyUnicode_InternFromString(" ");
    return str_position && str_text && kp_lower && kp_space ? 0 : -1;
}
