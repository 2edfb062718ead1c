/* Defaulting and conversion benchmark: infext_convert of each sample pool
 * beside infext_object_clone of the same object (a conversion is a copy
 * with a mapping, so the clone is its floor), and clone + infext_default
 * beside the clone alone. Prints ns per operation and the ratios. Never a
 * test. */
#include "bench_timing.h"

#include <infext/infext.h>

#include <string.h>

typedef struct subject {
    infext_object *obj;
    const char *target;
} subject;

static void op_clone(const char *data, size_t len, void *ctx)
{
    (void)data;
    (void)len;
    infext_object *copy = NULL;
    infext_object_clone(&copy, ((subject *)ctx)->obj);
    infext_object_free(copy);
}

static void op_clone_default(const char *data, size_t len, void *ctx)
{
    (void)data;
    (void)len;
    infext_object *copy = NULL;
    if (infext_object_clone(&copy, ((subject *)ctx)->obj) == INFEXT_OK) infext_default(copy, NULL);
    infext_object_free(copy);
}

static void op_convert(const char *data, size_t len, void *ctx)
{
    (void)data;
    (void)len;
    const subject *s = ctx;
    infext_object *out = NULL;
    infext_convert(&out, s->obj, s->target, INFEXT_CONVERT_ALLOW_LOSSY, NULL);
    infext_object_free(out);
}

int main(void)
{
    /* Two full pools, and a small one that defaulting fills in (its status
     * included). */
    static const char *const samples[][2] = {
        {"samples/pool-v1alpha2.json", "inference.networking.k8s.io/v1"},
        {"samples/pool-v1.json", "inference.networking.x-k8s.io/v1alpha2"},
        {"default/v1alpha2-status-absent/input.yaml", "inference.networking.k8s.io/v1"},
    };
    printf("Defaulting and conversion (ns per operation, best of %d rounds)\n", ROUNDS);
    printf("%-44s %6s %8s %8s %6s %14s %6s\n", "document", "bytes", "clone", "convert", "ratio", "clone+default",
           "ratio");
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", INFEXT_TEST_DATA, samples[i][0]);
        size_t len = 0;
        char *data = read_file(path, &len);
        subject s = {NULL, samples[i][1]};
        if (!data || infext_decode(&s.obj, data, len, NULL, NULL) != INFEXT_OK) {
            fprintf(stderr, "cannot read or decode %s\n", path);
            return 1;
        }
        infext_object *check = NULL;
        if (infext_convert(&check, s.obj, s.target, INFEXT_CONVERT_ALLOW_LOSSY, NULL) != INFEXT_OK) {
            fprintf(stderr, "cannot convert %s\n", path);
            return 1;
        }
        infext_object_free(check);
        int iters = 2000;
        double clone = measure(op_clone, data, len, &s, iters);
        double convert = measure(op_convert, data, len, &s, iters);
        double defaulted = measure(op_clone_default, data, len, &s, iters);
        printf("%-44s %6zu %8.0f %8.0f %5.2fx %14.0f %5.2fx\n", samples[i][0], len, clone, convert,
               convert / clone, defaulted, defaulted / clone);
        infext_object_free(s.obj);
        free(data);
    }
    return 0;
}
