/* Keyphrase candidates and their scores: the twins of keyphrases._occurrences_python and
 * keyphrases._scores_python. */
#include "speedups.h"

#define MAX_WORDS 3

typedef struct {
    PyObject *occurrences; /* key (tuple of stems) -> list of written forms */
    PyObject *weights;     /* stem -> float */
    PyObject *space;       /* " " */
    double early;
} Tally;

static int
add_weight(Tally *t, PyObject *stem)
{
    PyObject *old = PyDict_GetItemWithError(t->weights, stem);
    if (old == NULL && PyErr_Occurred()) {
        return -1;
    }
    double base = old == NULL ? 0.0 : PyFloat_AsDouble(old);
    if (base == -1.0 && PyErr_Occurred()) {
        return -1;
    }
    PyObject *value = PyFloat_FromDouble(base + t->early);
    if (value == NULL) {
        return -1;
    }
    int status = PyDict_SetItem(t->weights, stem, value);
    Py_DECREF(value);
    return status;
}

/* One phrase: pairs[0:count], each a (word, stem) tuple. */
static int
tally_phrase(Tally *t, PyObject **pairs, Py_ssize_t count)
{
    PyObject *form = NULL, *key = NULL;
    int status = -1;
    key = PyTuple_New(count);
    if (key == NULL) {
        return -1;
    }
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *stem = PyTuple_GET_ITEM(pairs[i], 1);
        Py_INCREF(stem);
        PyTuple_SET_ITEM(key, i, stem);
    }
    if (count == 1) {
        form = PyTuple_GET_ITEM(pairs[0], 0);
        Py_INCREF(form);
    }
    else {
        PyObject *written = PyList_New(count);
        if (written == NULL) {
            goto done;
        }
        for (Py_ssize_t i = 0; i < count; i++) {
            PyObject *word = PyTuple_GET_ITEM(pairs[i], 0);
            Py_INCREF(word);
            PyList_SET_ITEM(written, i, word);
        }
        form = PyUnicode_Join(t->space, written);
        Py_DECREF(written);
        if (form == NULL) {
            goto done;
        }
    }
    for (Py_ssize_t i = 0; i < count; i++) {
        if (add_weight(t, PyTuple_GET_ITEM(key, i)) < 0) {
            goto done;
        }
    }
    PyObject *forms = PyDict_GetItemWithError(t->occurrences, key);
    if (forms != NULL) {
        status = PyList_Append(forms, form);
    }
    else if (!PyErr_Occurred()) {
        forms = PyList_New(1);
        if (forms != NULL) {
            Py_INCREF(form);
            PyList_SET_ITEM(forms, 0, form);
            status = PyDict_SetItem(t->occurrences, key, forms);
            Py_DECREF(forms);
        }
    }
done:
    Py_XDECREF(form);
    Py_DECREF(key);
    return status;
}

static int
starts_upper(PyObject *pair)
{
    PyObject *word = PyTuple_GET_ITEM(pair, 0);
    return PyUnicode_GET_LENGTH(word) > 0 && Py_UNICODE_ISUPPER(PyUnicode_READ_CHAR(word, 0));
}

/* A run of content words: itself when short, else its capitalized stretches, each cut to its last
 * MAX_WORDS words (keyphrases._phrases). */
static int
tally_run(Tally *t, PyObject *run)
{
    Py_ssize_t n = PyList_GET_SIZE(run);
    PyObject **pairs = ((PyListObject *)run)->ob_item;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!PyTuple_Check(pairs[i]) || PyTuple_GET_SIZE(pairs[i]) != 2 || !PyUnicode_Check(PyTuple_GET_ITEM(pairs[i], 0))) {
            PyErr_SetString(PyExc_TypeError, "a content piece must be a (word, stem) tuple");
            return -1;
        }
    }
    if (n <= MAX_WORDS) {
        return n ? tally_phrase(t, pairs, n) : 0;
    }
    Py_ssize_t start = 0; /* of the current capitalized stretch */
    for (Py_ssize_t i = 0; i <= n; i++) {
        if (i < n && starts_upper(pairs[i])) {
            continue;
        }
        if (i > start) {
            Py_ssize_t from = i - start > MAX_WORDS ? i - MAX_WORDS : start;
            if (tally_phrase(t, pairs + from, i - from) < 0) {
                return -1;
            }
        }
        start = i + 1;
    }
    return 0;
}

PyObject *
sp_occurrences(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    if (!two_arguments("occurrences", nargs)) {
        return NULL;
    }
    PyObject *chunks = args[1];
    Tally t = {PyDict_New(), PyDict_New(), PyUnicode_FromString(" "), 0.0};
    PyObject *run = PyList_New(0);
    PyObject *iter = PyObject_GetIter(args[0]);
    PyObject *sentence = NULL, *result = NULL;
    if (t.occurrences == NULL || t.weights == NULL || t.space == NULL || run == NULL || iter == NULL) {
        goto done;
    }
    while ((sentence = PyIter_Next(iter)) != NULL) {
        PyObject *position = PyObject_GetAttrString(sentence, "position");
        if (position == NULL) {
            goto done;
        }
        double p = PyFloat_AsDouble(position);
        Py_DECREF(position);
        if (p == -1.0 && PyErr_Occurred()) {
            goto done;
        }
        t.early = 1.0 + 1.0 / (1.0 + p);
        PyObject *text = PyObject_GetAttrString(sentence, "text");
        if (text == NULL) {
            goto done;
        }
        PyObject *split = PyUnicode_Split(text, NULL, -1);
        Py_DECREF(text);
        if (split == NULL) {
            goto done;
        }
        for (Py_ssize_t c = 0; c < PyList_GET_SIZE(split); c++) {
            PyObject *found = table_get(chunks, PyList_GET_ITEM(split, c));
            PyObject *parts = found == NULL ? NULL : PySequence_Fast(found, "a chunk's pieces must be a sequence");
            Py_XDECREF(found);
            if (parts == NULL) {
                Py_DECREF(split);
                goto done;
            }
            for (Py_ssize_t j = 0; j < PySequence_Fast_GET_SIZE(parts); j++) {
                PyObject *piece = PySequence_Fast_GET_ITEM(parts, j);
                int content = PyObject_IsTrue(piece);
                int status = content < 0 ? -1 : content ? PyList_Append(run, piece) : tally_run(&t, run);
                if (status == 0 && !content) {
                    status = PyList_SetSlice(run, 0, PyList_GET_SIZE(run), NULL);
                }
                if (status < 0) {
                    Py_DECREF(parts);
                    Py_DECREF(split);
                    goto done;
                }
            }
            Py_DECREF(parts);
        }
        Py_DECREF(split);
        if (tally_run(&t, run) < 0 || PyList_SetSlice(run, 0, PyList_GET_SIZE(run), NULL) < 0) {
            goto done;
        }
        Py_CLEAR(sentence);
    }
    if (!PyErr_Occurred()) {
        result = PyTuple_Pack(2, t.occurrences, t.weights);
    }
done:
    Py_XDECREF(sentence);
    Py_XDECREF(iter);
    Py_XDECREF(run);
    Py_XDECREF(t.space);
    Py_XDECREF(t.weights);
    Py_XDECREF(t.occurrences);
    return result;
}

static PyObject *builtin_sum; /* builtins.sum, looked up when the module is imported */

int
sp_keyphrases_init(void)
{
    PyObject *builtins = PyImport_ImportModule("builtins");
    if (builtins == NULL) {
        return -1;
    }
    builtin_sum = PyObject_GetAttrString(builtins, "sum");
    Py_DECREF(builtins);
    return builtin_sum == NULL ? -1 : 0;
}

/* The score of each candidate (keyphrases._scores_python): its number of occurrences times the mean
 * weight of its stems times 1 + 0.5 per word past the first. The mean's sum is Python's own sum(), so
 * that it is the same float on every Python version (3.12 compensates the rounding of float sums). */
PyObject *
sp_scores(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    if (!two_arguments("scores", nargs)) {
        return NULL;
    }
    PyObject *candidates = args[0], *weights = args[1];
    if (!PyDict_Check(candidates)) {
        PyErr_SetString(PyExc_TypeError, "the candidates must be a dict");
        return NULL;
    }
    PyObject *out = PyDict_New();
    if (out == NULL) {
        return NULL;
    }
    Py_ssize_t pos = 0;
    PyObject *key, *forms;
    while (PyDict_Next(candidates, &pos, &key, &forms)) {
        Py_ssize_t n = PyObject_Length(key), occurrences = PyObject_Length(forms);
        PyObject *values = n < 0 || occurrences < 0 ? NULL : PyTuple_New(n);
        if (values == NULL) {
            goto fail;
        }
        for (Py_ssize_t i = 0; i < n; i++) {
            PyObject *stem = PySequence_GetItem(key, i);
            PyObject *weight = stem == NULL ? NULL : PyObject_GetItem(weights, stem);
            Py_XDECREF(stem);
            if (weight == NULL) {
                Py_DECREF(values);
                goto fail;
            }
            PyTuple_SET_ITEM(values, i, weight);
        }
        PyObject *total = PyObject_CallOneArg(builtin_sum, values);
        Py_DECREF(values);
        double t = total == NULL ? -1.0 : PyFloat_AsDouble(total);
        Py_XDECREF(total);
        if (t == -1.0 && PyErr_Occurred()) {
            goto fail;
        }
        if (n == 0) {
            PyErr_SetString(PyExc_ZeroDivisionError, "float division by zero");
            goto fail;
        }
        /* Python's order of operations; no product here is added to anything but 1.0 after an exact
         * halving, so a fused multiply-add could not change a result either. */
        double score = ((double)occurrences * (t / (double)n)) * (1.0 + 0.5 * (double)(n - 1));
        PyObject *value = PyFloat_FromDouble(score);
        if (value == NULL || PyDict_SetItem(out, key, value) < 0) {
            Py_XDECREF(value);
            goto fail;
        }
        Py_DECREF(value);
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}
