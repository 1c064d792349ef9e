/* Keyphrases: the twin of keyphrases._keyphrases_python, from the sentences to the chosen phrases.
 *
 * The Python twin keys each candidate by a tuple of stems, keeps every written form of it as a string
 * and scores every candidate. Here a stem is a small integer (its first appearance in the call), a
 * candidate is up to MAX_WORDS of them in a hash table of C structs, a stem's weight is a double, and
 * an occurrence is where its words start in one array of the content words read: no Python object is
 * made until the few phrases returned are written out. Same floats, same order, same strings. */
#include "speedups.h"

#include <math.h>

#define MAX_WORDS 3

typedef struct {
    Py_ssize_t ids[MAX_WORDS]; /* stem ids; -1 past n */
    Py_ssize_t n;
    Py_ssize_t count;          /* occurrences */
    Py_ssize_t first, last;    /* its occurrences, a list linked through Occurrence.next */
    double score;
} Candidate;

typedef struct {
    Py_ssize_t start; /* of its words in Tally.words */
    Py_ssize_t next;  /* the candidate's next occurrence, or -1 */
} Occurrence;

/* An open-addressing table of indices (-1: empty) whose capacity is a power of two. */
typedef struct {
    Py_ssize_t *slots;
    size_t mask;
} Index;

typedef struct {
    /* stems, by id */
    PyObject **stems; /* owned */
    Py_hash_t *hashes;
    double *weights;
    Py_ssize_t n_stems, cap_stems;
    Index stem_index;
    /* the content words read, in order */
    PyObject **words; /* owned */
    Py_ssize_t *word_stems;
    Py_ssize_t n_words, cap_words;
    /* candidates and their occurrences */
    Candidate *candidates;
    Py_ssize_t n_candidates, cap_candidates;
    Index candidate_index;
    Occurrence *occurrences;
    Py_ssize_t n_occurrences, cap_occurrences;
    double early;
} Tally;

/* Room for one more item in a growing array (of item size `size`). */
static int
grow(void **items, Py_ssize_t *cap, Py_ssize_t used, size_t size)
{
    if (used < *cap) {
        return 0;
    }
    Py_ssize_t bigger = *cap ? *cap * 2 : 64;
    void *moved = PyMem_Realloc(*items, (size_t)bigger * size);
    if (moved == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    *items = moved;
    *cap = bigger;
    return 0;
}

static int
index_init(Index *index, size_t capacity)
{
    index->slots = PyMem_Malloc(capacity * sizeof(Py_ssize_t));
    if (index->slots == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    memset(index->slots, 0xff, capacity * sizeof(Py_ssize_t)); /* all -1 */
    index->mask = capacity - 1;
    return 0;
}

static size_t
candidate_hash(const Py_ssize_t *ids, Py_ssize_t n)
{
    size_t h = (size_t)n;
    for (Py_ssize_t i = 0; i < n; i++) {
        h = (h ^ (size_t)ids[i]) * (size_t)0x9E3779B97F4A7C15ULL;
    }
    return h ^ (h >> 29);
}

/* Doubles the index of `used` entries, rehashing them by `hash_of`. */
static int
index_grow(Index *index, Tally *t, size_t (*hash_of)(Tally *, Py_ssize_t), Py_ssize_t used)
{
    Index bigger;
    if (index_init(&bigger, (index->mask + 1) * 2) < 0) {
        return -1;
    }
    for (Py_ssize_t id = 0; id < used; id++) {
        size_t slot = hash_of(t, id) & bigger.mask;
        while (bigger.slots[slot] >= 0) {
            slot = (slot + 1) & bigger.mask;
        }
        bigger.slots[slot] = id;
    }
    PyMem_Free(index->slots);
    *index = bigger;
    return 0;
}

static size_t
stem_hash_of(Tally *t, Py_ssize_t id)
{
    return (size_t)t->hashes[id];
}

static size_t
candidate_hash_of(Tally *t, Py_ssize_t id)
{
    return candidate_hash(t->candidates[id].ids, t->candidates[id].n);
}

static int
same_string(PyObject *a, PyObject *b)
{
    if (a == b) {
        return 1;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(a);
    int kind = PyUnicode_KIND(a);
    return n == PyUnicode_GET_LENGTH(b) && kind == PyUnicode_KIND(b)
           && memcmp(PyUnicode_DATA(a), PyUnicode_DATA(b), (size_t)n * (size_t)kind) == 0;
}

/* The id of a stem (a str), given one on its first appearance; -1 on error. */
static Py_ssize_t
stem_id(Tally *t, PyObject *stem)
{
    Py_hash_t hash = PyObject_Hash(stem); /* kept in the str after its first use */
    if (hash == -1) {
        return -1;
    }
    size_t slot = (size_t)hash & t->stem_index.mask;
    Py_ssize_t id;
    while ((id = t->stem_index.slots[slot]) >= 0) {
        if (t->hashes[id] == hash && same_string(t->stems[id], stem)) {
            return id;
        }
        slot = (slot + 1) & t->stem_index.mask;
    }
    if (t->n_stems == t->cap_stems) { /* the three arrays by id grow together */
        Py_ssize_t cap = t->cap_stems;
        if (grow((void **)&t->hashes, &cap, t->n_stems, sizeof(Py_hash_t)) < 0) {
            return -1;
        }
        cap = t->cap_stems;
        if (grow((void **)&t->weights, &cap, t->n_stems, sizeof(double)) < 0
            || grow((void **)&t->stems, &t->cap_stems, t->n_stems, sizeof(PyObject *)) < 0) {
            return -1;
        }
    }
    id = t->n_stems++;
    Py_INCREF(stem);
    t->stems[id] = stem;
    t->hashes[id] = hash;
    t->weights[id] = 0.0;
    t->stem_index.slots[slot] = id;
    if ((size_t)t->n_stems * 2 > t->stem_index.mask) {
        return index_grow(&t->stem_index, t, stem_hash_of, t->n_stems) < 0 ? -1 : id;
    }
    return id;
}

/* One occurrence of the phrase t->words[start:start + n]: its candidate counted, its stems weighed. */
static int
tally_phrase(Tally *t, Py_ssize_t start, Py_ssize_t n)
{
    Py_ssize_t ids[MAX_WORDS] = {-1, -1, -1};
    for (Py_ssize_t i = 0; i < n; i++) {
        ids[i] = t->word_stems[start + i];
        t->weights[ids[i]] += t->early;
    }
    size_t slot = candidate_hash(ids, n) & t->candidate_index.mask;
    Py_ssize_t c;
    while ((c = t->candidate_index.slots[slot]) >= 0) {
        Candidate *known = &t->candidates[c];
        if (known->n == n && memcmp(known->ids, ids, sizeof(ids)) == 0) {
            break;
        }
        slot = (slot + 1) & t->candidate_index.mask;
    }
    if (grow((void **)&t->occurrences, &t->cap_occurrences, t->n_occurrences, sizeof(Occurrence)) < 0) {
        return -1;
    }
    Py_ssize_t o = t->n_occurrences++;
    t->occurrences[o] = (Occurrence){start, -1};
    if (c >= 0) {
        Candidate *known = &t->candidates[c];
        t->occurrences[known->last].next = o;
        known->last = o;
        known->count++;
        return 0;
    }
    if (grow((void **)&t->candidates, &t->cap_candidates, t->n_candidates, sizeof(Candidate)) < 0) {
        return -1;
    }
    c = t->n_candidates++;
    Candidate *added = &t->candidates[c];
    memcpy(added->ids, ids, sizeof(ids));
    added->n = n;
    added->count = 1;
    added->first = added->last = o;
    added->score = 0.0;
    t->candidate_index.slots[slot] = c;
    if ((size_t)t->n_candidates * 2 > t->candidate_index.mask) {
        return index_grow(&t->candidate_index, t, candidate_hash_of, t->n_candidates);
    }
    return 0;
}

static int
has_upper(PyObject *word, Py_ssize_t upto)
{
    int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    for (Py_ssize_t i = 0; i < upto; i++) {
        if (Py_UNICODE_ISUPPER(PyUnicode_READ(kind, data, i))) {
            return 1;
        }
    }
    return 0;
}

/* The run t->words[start:end] of content words: itself when short, else its capitalized stretches,
 * each cut to its last MAX_WORDS words (keyphrases._phrases). */
static int
tally_run(Tally *t, Py_ssize_t start, Py_ssize_t end)
{
    if (end - start <= MAX_WORDS) {
        return end > start ? tally_phrase(t, start, end - start) : 0;
    }
    Py_ssize_t stretch = start;
    for (Py_ssize_t i = start; i <= end; i++) {
        if (i < end && PyUnicode_GET_LENGTH(t->words[i]) > 0 && has_upper(t->words[i], 1)) {
            continue;
        }
        if (i > stretch) {
            Py_ssize_t from = i - stretch > MAX_WORDS ? i - MAX_WORDS : stretch;
            if (tally_phrase(t, from, i - from) < 0) {
                return -1;
            }
        }
        stretch = i + 1;
    }
    return 0;
}

/* A content piece, a (word, stem) tuple of two str, appended to the words read. */
static int
add_word(Tally *t, PyObject *piece)
{
    if (!PyTuple_Check(piece) || PyTuple_GET_SIZE(piece) != 2 || !PyUnicode_Check(PyTuple_GET_ITEM(piece, 0))
        || !PyUnicode_Check(PyTuple_GET_ITEM(piece, 1))) {
        PyErr_SetString(PyExc_TypeError, "a content piece must be a (word, stem) tuple of str");
        return -1;
    }
    Py_ssize_t id = stem_id(t, PyTuple_GET_ITEM(piece, 1));
    if (id < 0) {
        return -1;
    }
    if (t->n_words == t->cap_words) { /* words and their stem ids grow together */
        Py_ssize_t cap = t->cap_words;
        if (grow((void **)&t->word_stems, &cap, t->n_words, sizeof(Py_ssize_t)) < 0
            || grow((void **)&t->words, &t->cap_words, t->n_words, sizeof(PyObject *)) < 0) {
            return -1;
        }
    }
    PyObject *word = PyTuple_GET_ITEM(piece, 0);
    Py_INCREF(word);
    t->words[t->n_words] = word;
    t->word_stems[t->n_words++] = id;
    return 0;
}

static PyObject *str_position, *str_text, *str_lower, *str_space; /* interned when the module loads */

/* Every sentence's chunks looked up in the chunk table, their runs of content words tallied. */
static int
read_sentences(Tally *t, PyObject *sentences, PyObject *chunks)
{
    PyObject *iter = PyObject_GetIter(sentences);
    if (iter == NULL) {
        return -1;
    }
    PyObject *sentence;
    while ((sentence = PyIter_Next(iter)) != NULL) {
        PyObject *position = PyObject_GetAttr(sentence, str_position);
        double p = position == NULL ? -1.0 : PyFloat_AsDouble(position);
        Py_XDECREF(position);
        PyObject *text = p == -1.0 && PyErr_Occurred() ? NULL : PyObject_GetAttr(sentence, str_text);
        Py_DECREF(sentence);
        PyObject *split = text == NULL ? NULL : PyUnicode_Split(text, NULL, -1);
        Py_XDECREF(text);
        if (split == NULL) {
            goto fail;
        }
        t->early = 1.0 + 1.0 / (1.0 + p);
        Py_ssize_t run = t->n_words; /* where the current run of content words starts */
        for (Py_ssize_t c = 0; c < PyList_GET_SIZE(split); c++) {
            PyObject *found = table_get(chunks, PyList_GET_ITEM(split, c));
            PyObject *parts = found == NULL ? NULL : PySequence_Fast(found, "a chunk's pieces must be a sequence");
            Py_XDECREF(found);
            if (parts == NULL) {
                Py_DECREF(split);
                goto fail;
            }
            for (Py_ssize_t j = 0; j < PySequence_Fast_GET_SIZE(parts); j++) {
                PyObject *piece = PySequence_Fast_GET_ITEM(parts, j);
                int content = piece == Py_None ? 0 : PyObject_IsTrue(piece);
                int status = content < 0 ? -1 : content ? add_word(t, piece) : tally_run(t, run, t->n_words);
                if (!content) {
                    run = t->n_words; /* punctuation or a non-content token ends the run */
                }
                if (status < 0) {
                    Py_DECREF(parts);
                    Py_DECREF(split);
                    goto fail;
                }
            }
            Py_DECREF(parts);
        }
        Py_DECREF(split);
        if (tally_run(t, run, t->n_words) < 0) {
            goto fail;
        }
    }
    Py_DECREF(iter);
    return PyErr_Occurred() ? -1 : 0;
fail:
    Py_DECREF(iter);
    return -1;
}

/* Python's sum() of a few positive floats, as the running version adds them: one by one before 3.12,
 * with Neumaier's compensation from 3.12 (bltinmodule.c, builtin_sum_impl). */
static double
python_sum(const double *x, Py_ssize_t n)
{
    double total = 0.0 + x[0];
#if PY_VERSION_HEX >= 0x030C0000
    double low = 0.0;
    for (Py_ssize_t i = 1; i < n; i++) {
        double sum = total + x[i];
        low += fabs(total) >= fabs(x[i]) ? (total - sum) + x[i] : (x[i] - sum) + total;
        total = sum;
    }
    if (low != 0.0 && isfinite(low)) {
        total += low;
    }
#else
    for (Py_ssize_t i = 1; i < n; i++) {
        total += x[i];
    }
#endif
    return total;
}

/* Whether candidate a ranks before b: the higher score, ties by the smaller key (tuple of stems). */
static int
before(Tally *t, Py_ssize_t a, Py_ssize_t b)
{
    const Candidate *x = &t->candidates[a], *y = &t->candidates[b];
    if (x->score != y->score) {
        return x->score > y->score;
    }
    Py_ssize_t n = x->n < y->n ? x->n : y->n;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (x->ids[i] != y->ids[i]) {
            return PyUnicode_Compare(t->stems[x->ids[i]], t->stems[y->ids[i]]) < 0;
        }
    }
    return x->n < y->n;
}

static void
sift_down(Tally *t, Py_ssize_t *heap, Py_ssize_t size, Py_ssize_t i)
{
    for (;;) {
        Py_ssize_t best = i, left = 2 * i + 1, right = left + 1;
        if (left < size && before(t, heap[left], heap[best])) {
            best = left;
        }
        if (right < size && before(t, heap[right], heap[best])) {
            best = right;
        }
        if (best == i) {
            return;
        }
        Py_ssize_t swap = heap[i];
        heap[i] = heap[best];
        heap[best] = swap;
        i = best;
    }
}

/* Whether the key of candidate `part` is a contiguous stretch of candidate `whole`'s. */
static int
stretch_of(const Candidate *part, const Candidate *whole)
{
    for (Py_ssize_t at = 0; at + part->n <= whole->n; at++) {
        if (memcmp(part->ids, whole->ids + at, (size_t)part->n * sizeof(Py_ssize_t)) == 0) {
            return 1;
        }
    }
    return 0;
}

/* The written form of an occurrence, as a new str: its word, or its words joined by a space. */
static PyObject *
form_of(Tally *t, Py_ssize_t start, Py_ssize_t n)
{
    if (n == 1) {
        Py_INCREF(t->words[start]);
        return t->words[start];
    }
    PyObject *parts = PyTuple_New(n);
    if (parts == NULL) {
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_INCREF(t->words[start + i]);
        PyTuple_SET_ITEM(parts, i, t->words[start + i]);
    }
    PyObject *form = PyUnicode_Join(str_space, parts);
    Py_DECREF(parts);
    return form;
}

static int
same_form(Tally *t, Py_ssize_t a, Py_ssize_t b, Py_ssize_t n)
{
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!same_string(t->words[a + i], t->words[b + i])) {
            return 0;
        }
    }
    return 1;
}

/* The start of the most common written form of a candidate (the first seen among equals, as
 * Counter.most_common(1) picks), and whether every occurrence has a capital; -1 on error. */
static Py_ssize_t
common_form(Tally *t, const Candidate *c, int *all_capitals)
{
    Py_ssize_t first = t->occurrences[c->first].start, o;
    int uniform = 1;
    *all_capitals = 1;
    for (o = c->first; o >= 0; o = t->occurrences[o].next) {
        Py_ssize_t start = t->occurrences[o].start;
        uniform = uniform && same_form(t, first, start, c->n);
        int capital = 0;
        for (Py_ssize_t i = 0; i < c->n && !capital; i++) {
            capital = has_upper(t->words[start + i], PyUnicode_GET_LENGTH(t->words[start + i]));
        }
        *all_capitals = *all_capitals && capital;
    }
    if (uniform) {
        return first;
    }
    /* Several forms: count them by their strings, in the order first seen. */
    PyObject *counts = PyDict_New(), *starts = PyDict_New();
    Py_ssize_t best = -1, most = 0;
    if (counts == NULL || starts == NULL) {
        goto done;
    }
    for (o = c->first; o >= 0; o = t->occurrences[o].next) {
        PyObject *form = form_of(t, t->occurrences[o].start, c->n);
        PyObject *seen = form == NULL ? NULL : PyDict_GetItemWithError(counts, form);
        Py_ssize_t count = seen == NULL ? 0 : PyLong_AsSsize_t(seen);
        PyObject *value = PyErr_Occurred() ? NULL : PyLong_FromSsize_t(count + 1);
        int status = value == NULL ? -1 : PyDict_SetItem(counts, form, value);
        if (status == 0 && seen == NULL) {
            PyObject *where = PyLong_FromSsize_t(t->occurrences[o].start);
            status = where == NULL ? -1 : PyDict_SetItem(starts, form, where);
            Py_XDECREF(where);
        }
        Py_XDECREF(value);
        Py_XDECREF(form);
        if (status < 0) {
            best = -1;
            goto done;
        }
    }
    PyObject *form, *value;
    Py_ssize_t pos = 0;
    while (PyDict_Next(counts, &pos, &form, &value)) {
        Py_ssize_t count = PyLong_AsSsize_t(value);
        if (count > most) { /* strictly more: the first seen wins a tie */
            most = count;
            best = PyLong_AsSsize_t(PyDict_GetItem(starts, form));
        }
    }
done:
    Py_XDECREF(counts);
    Py_XDECREF(starts);
    return best;
}

/* The phrase as returned: its most common form, lowercased unless it always has capitals. */
static PyObject *
surface(Tally *t, const Candidate *c)
{
    int all_capitals;
    Py_ssize_t start = common_form(t, c, &all_capitals);
    PyObject *form = start < 0 ? NULL : form_of(t, start, c->n);
    if (form == NULL || (all_capitals && has_upper(form, PyUnicode_GET_LENGTH(form)))) {
        return form;
    }
    PyObject *lower = PyObject_CallMethodNoArgs(form, str_lower);
    Py_DECREF(form);
    return lower;
}

/* The `count` best candidates, none a stretch of another, as their surface forms. */
static PyObject *
choose(Tally *t, Py_ssize_t count)
{
    PyObject *out = PyList_New(0);
    Py_ssize_t *heap = PyMem_Malloc(((size_t)t->n_candidates + 1) * sizeof(Py_ssize_t));
    Py_ssize_t *chosen = PyMem_Malloc(((size_t)(count > 0 ? count : 0) + 1) * sizeof(Py_ssize_t));
    Py_ssize_t size = t->n_candidates, n_chosen = 0;
    if (out == NULL || heap == NULL || chosen == NULL) {
        if (out != NULL) {
            PyErr_NoMemory();
        }
        goto fail;
    }
    for (Py_ssize_t c = 0; c < size; c++) {
        Candidate *candidate = &t->candidates[c];
        double weights[MAX_WORDS] = {0.0, 0.0, 0.0};
        for (Py_ssize_t i = 0; i < candidate->n; i++) {
            weights[i] = t->weights[candidate->ids[i]];
        }
        /* Python's order of operations (keyphrases._scores_python). */
        double mean = python_sum(weights, candidate->n) / (double)candidate->n;
        candidate->score = ((double)candidate->count * mean) * (1.0 + 0.5 * (double)(candidate->n - 1));
        heap[c] = c;
    }
    for (Py_ssize_t i = size / 2 - 1; i >= 0; i--) {
        sift_down(t, heap, size, i);
    }
    while (size > 0 && n_chosen < count) {
        Py_ssize_t best = heap[0];
        heap[0] = heap[--size];
        sift_down(t, heap, size, 0);
        const Candidate *candidate = &t->candidates[best];
        int covered = 0;
        for (Py_ssize_t k = 0; k < n_chosen && !covered; k++) {
            const Candidate *other = &t->candidates[chosen[k]];
            covered = stretch_of(candidate, other) || stretch_of(other, candidate);
        }
        if (!covered) {
            chosen[n_chosen++] = best;
        }
    }
    if (PyErr_Occurred()) {
        goto fail; /* a failed comparison of stems */
    }
    for (Py_ssize_t k = 0; k < n_chosen; k++) {
        PyObject *phrase = surface(t, &t->candidates[chosen[k]]);
        if (phrase == NULL || PyList_Append(out, phrase) < 0) {
            Py_XDECREF(phrase);
            goto fail;
        }
        Py_DECREF(phrase);
    }
    PyMem_Free(heap);
    PyMem_Free(chosen);
    return out;
fail:
    Py_XDECREF(out);
    PyMem_Free(heap);
    PyMem_Free(chosen);
    return NULL;
}

PyObject *
sp_keyphrases(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3) {
        PyErr_Format(PyExc_TypeError, "keyphrases() takes 3 positional arguments but %zd were given", nargs);
        return NULL;
    }
    Py_ssize_t count = PyNumber_AsSsize_t(args[2], PyExc_OverflowError);
    if (count == -1 && PyErr_Occurred()) {
        return NULL;
    }
    Tally t = {0};
    PyObject *result = NULL;
    if (index_init(&t.stem_index, 256) == 0 && index_init(&t.candidate_index, 256) == 0
        && read_sentences(&t, args[0], args[1]) == 0) {
        result = choose(&t, count);
    }
    for (Py_ssize_t i = 0; i < t.n_stems; i++) {
        Py_DECREF(t.stems[i]);
    }
    for (Py_ssize_t i = 0; i < t.n_words; i++) {
        Py_DECREF(t.words[i]);
    }
    PyMem_Free(t.stems);
    PyMem_Free(t.hashes);
    PyMem_Free(t.weights);
    PyMem_Free(t.stem_index.slots);
    PyMem_Free(t.words);
    PyMem_Free(t.word_stems);
    PyMem_Free(t.candidates);
    PyMem_Free(t.candidate_index.slots);
    PyMem_Free(t.occurrences);
    return result;
}

int
sp_keyphrases_init(void)
{
    str_position = PyUnicode_InternFromString("position");
    str_text = PyUnicode_InternFromString("text");
    str_lower = PyUnicode_InternFromString("lower");
    str_space = PyUnicode_InternFromString(" ");
    return str_position && str_text && str_lower && str_space ? 0 : -1;
}
