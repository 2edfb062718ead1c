/* Heap a List's items hold: an InferenceObjectiveList of 1000 small items,
 * read through a reader (one root, with its own arena, per item) and every
 * item kept, then the heap in use (mallinfo2) beside the text's size, for
 * the YAML and the JSON spelling. Prints figures; never a test. */
#include <infext/infext.h>

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ITEMS 1000

/* The List's text, malloc'ed; NULL on failure. */
static char *list_text(int json, size_t *len)
{
    size_t cap = 256 + (size_t)ITEMS * 256, n = 0;
    char *t = malloc(cap);
    if (!t) return NULL;
    n += (size_t)snprintf(t + n, cap - n,
                          json ? "{\"apiVersion\": \"inference.networking.x-k8s.io/v1alpha2\", "
                                 "\"kind\": \"InferenceObjectiveList\", \"items\": ["
                               : "apiVersion: inference.networking.x-k8s.io/v1alpha2\n"
                                 "kind: InferenceObjectiveList\nitems:\n");
    for (int i = 0; i < ITEMS; i++)
        n += (size_t)snprintf(t + n, cap - n,
                              json ? "%s{\"metadata\": {\"name\": \"objective-%d\"}, "
                                     "\"spec\": {\"priority\": %d, \"poolRef\": {\"name\": \"pool\"}}}"
                                   : "- metadata:\n    name: objective-%.0s%d\n  spec:\n    priority: %d\n"
                                     "    poolRef:\n      name: pool\n",
                              json ? (i ? ", " : "") : "", i, i % 20);
    if (json) n += (size_t)snprintf(t + n, cap - n, "]}\n");
    *len = n;
    return t;
}

static void measure(int json)
{
    size_t len = 0;
    char *text = list_text(json, &len);
    infext_object **items = calloc(ITEMS, sizeof(*items));
    if (!text || !items) {
        free(text);
        free(items);
        return;
    }
    size_t before = mallinfo2().uordblks, n = 0;
    infext_reader *r = NULL;
    if (infext_reader_new(&r, text, len, NULL) == INFEXT_OK) {
        while (n < ITEMS && infext_reader_next(&items[n], r, NULL) == INFEXT_OK && items[n]) n++;
        infext_reader_free(r);
    }
    size_t after = mallinfo2().uordblks;
    printf("%-5s %8zu %6zu %12zu %10zu\n", json ? "JSON" : "YAML", len, n, after - before, n ? (after - before) / n : 0);
    for (size_t i = 0; i < n; i++) infext_object_free(items[i]);
    free(items);
    free(text);
}

int main(void)
{
    printf("InferenceObjectiveList of %d items, every item kept (heap in use after the reader is freed)\n", ITEMS);
    printf("%-5s %8s %6s %12s %10s\n", "input", "bytes", "items", "heap", "per item");
    measure(0);
    measure(1);
    return 0;
}
