/* JSON codec benchmark: our decode (+free) and encode of each sample beside
 * jansson's bare json_loadb (+json_decref) and json_dumpb of the same bytes,
 * in the same run. Prints ns per operation and the ratios. Never a test. */
#include "bench_count.h"

#include <infext/infext.h>

#include <jansson.h>
#include <string.h>

static void op_jansson_load(const char *data, size_t len, void *ctx)
{
    (void)ctx;
    json_t *v = json_loadb(data, len, JSON_REJECT_DUPLICATES, NULL);
    json_decref(v);
}

static void op_infext_decode(const char *data, size_t len, void *ctx)
{
    (void)ctx;
    infext_object *obj = NULL;
    infext_decode(&obj, data, len, NULL, NULL);
    infext_object_free(obj);
}

static int ok_jansson_load(const char *data, size_t len)
{
    json_t *v = json_loadb(data, len, JSON_REJECT_DUPLICATES, NULL);
    json_decref(v);
    return v != NULL;
}

static int ok_infext_decode(const char *data, size_t len)
{
    infext_object *obj = NULL;
    infext_status st = infext_decode(&obj, data, len, NULL, NULL);
    infext_object_free(obj);
    return st == INFEXT_OK;
}

static void op_jansson_dump(const char *data, size_t len, void *ctx)
{
    (void)data;
    (void)len;
    static char out[1 << 20];
    json_dumpb(ctx, out, sizeof out, JSON_COMPACT | JSON_PRESERVE_ORDER);
}

static void op_infext_encode(const char *data, size_t len, void *ctx)
{
    (void)data;
    (void)len;
    char *text = NULL;
    infext_object_encode(&text, NULL, ctx, NULL);
    infext_free(text);
}

int main(int argc, char **argv)
{
    static const counted_op counted[] = {{"decode", op_infext_decode, ok_infext_decode},
                                         {"jansson", op_jansson_load, ok_jansson_load}};
    int rc = count_mode(argc, argv, counted, sizeof counted / sizeof counted[0]);
    if (rc >= 0) return rc;
    static const char *const samples[] = {"pool-v1.json", "pool-v1alpha2.json"};
    printf("JSON codec, time ratios (ns per operation, best of %d rounds)\n", ROUNDS);
    printf("%-20s %7s %12s %12s %7s %12s %12s %7s\n", "document", "bytes", "decode", "json_loadb", "ratio",
           "encode", "json_dumpb", "ratio");
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/samples/%s", INFEXT_TEST_DATA, samples[i]);
        size_t len = 0;
        char *data = read_file(path, &len);
        if (!data) {
            fprintf(stderr, "cannot read %s\n", path);
            return 1;
        }
        int iters = 2000;
        double jl = measure(op_jansson_load, data, len, NULL, iters);
        double dl = measure(op_infext_decode, data, len, NULL, iters);
        json_t *tree = json_loadb(data, len, 0, NULL);
        infext_object *obj = NULL;
        if (infext_decode(&obj, data, len, NULL, NULL) != INFEXT_OK || !tree) {
            fprintf(stderr, "cannot decode %s\n", path);
            return 1;
        }
        double jd = measure(op_jansson_dump, data, len, tree, iters);
        double de = measure(op_infext_encode, data, len, obj, iters);
        printf("%-20s %7zu %12.0f %12.0f %6.2fx %12.0f %12.0f %6.2fx\n", samples[i], len, dl, jl, dl / jl, de, jd,
               de / jd);
        json_decref(tree);
        infext_object_free(obj);
        free(data);
    }
    printf("budget: decode <= 1.10x json_loadb in instructions (ratios.sh counts them under callgrind; these times are noisy), encode <= 1.00x json_dumpb\n");
    return 0;
}
