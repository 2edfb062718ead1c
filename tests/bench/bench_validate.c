/* Validation benchmark: infext_validate() on the decoded pool-v1 sample
 * with every check on (schema keywords, patterns through PCRE2 JIT,
 * ObjectMeta, the CRD rules), as the API does it by default (on a defaulted
 * copy) and with INFEXT_VALIDATE_NO_DEFAULTS (the object as it is), beside
 * the decode of the same bytes for scale. Never a test. */
#include "bench_timing.h"

#include <infext/infext.h>

#include <string.h>

typedef struct validate_ctx {
    const infext_object *obj;
    infext_validate_options opts;
    infext_diags *diags;
    int failed;
} validate_ctx;

static void op_validate(const char *data, size_t len, void *arg)
{
    (void)data;
    (void)len;
    validate_ctx *c = arg;
    if (infext_validate(c->obj, &c->opts, c->diags) != INFEXT_OK) c->failed = 1;
}

static void op_decode(const char *data, size_t len, void *ctx)
{
    (void)ctx;
    infext_object *obj = NULL;
    infext_decode(&obj, data, len, NULL, NULL);
    infext_object_free(obj);
}

int main(void)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/samples/pool-v1.json", INFEXT_TEST_DATA);
    size_t len = 0;
    char *data = read_file(path, &len);
    infext_object *obj = NULL;
    if (!data || infext_decode(&obj, data, len, NULL, NULL) != INFEXT_OK) {
        fprintf(stderr, "cannot decode %s\n", path);
        return 1;
    }
    validate_ctx c = {obj, INFEXT_VALIDATE_OPTIONS_INIT, NULL, 0};
    if (infext_diags_new(&c.diags) != INFEXT_OK) return 1;
    int iters = 20000;
    double as_is, defaulted, decode = measure(op_decode, data, len, NULL, 2000);
    c.opts.flags = INFEXT_VALIDATE_NO_DEFAULTS;
    as_is = measure(op_validate, data, len, &c, iters);
    c.opts.flags = 0;
    defaulted = measure(op_validate, data, len, &c, iters);
    if (c.failed || infext_diags_count(c.diags)) {
        fprintf(stderr, "pool-v1.json did not validate\n");
        return 1;
    }
    printf("Validation of pool-v1.json (ns per object, best of %d rounds)\n", ROUNDS);
    printf("%-40s %10.0f\n", "infext_validate, object as it is", as_is);
    printf("%-40s %10.0f\n", "infext_validate, on a defaulted copy", defaulted);
    printf("%-40s %10.0f\n", "infext_decode of the same bytes", decode);
    printf("budget: <= 1500 ns per object with every rule on\n");
    infext_diags_free(c.diags);
    infext_object_free(obj);
    free(data);
    return 0;
}
