/* Validation benchmark: infext_validate() on the decoded pool-v1 sample
 * with every check on (schema keywords, patterns, ObjectMeta, the CRD
 * rules): with the default options (the sample is complete, so no default
 * applies and no copy is made), with INFEXT_VALIDATE_NO_DEFAULTS, and on the
 * same pool without its failureMode (a default applies: validation runs on
 * a defaulted copy); the decode of the same bytes for scale. Never a test. */
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
    double decode = measure(op_decode, data, len, NULL, 2000);
    /* the same pool without spec.endpointPickerRef.failureMode */
    static const char field[] = "\"failureMode\":\"FailClose\",";
    char *cut = strstr(data, field);
    infext_object *incomplete = NULL;
    if (!cut) return 1;
    memmove(cut, cut + sizeof field - 1, strlen(cut + sizeof field - 1) + 1);
    if (infext_decode(&incomplete, data, strlen(data), NULL, NULL) != INFEXT_OK) return 1;
    int iters = 20000;
    double defaults = measure(op_validate, data, len, &c, iters);
    c.opts.flags = INFEXT_VALIDATE_NO_DEFAULTS;
    double as_is = measure(op_validate, data, len, &c, iters);
    c.opts.flags = 0;
    c.obj = incomplete;
    double copied = measure(op_validate, data, len, &c, iters);
    if (c.failed || infext_diags_count(c.diags)) {
        fprintf(stderr, "pool-v1.json did not validate\n");
        return 1;
    }
    printf("Validation of pool-v1.json (ns per object, best of %d rounds)\n", ROUNDS);
    printf("%-52s %10.0f\n", "infext_validate, default options", defaults);
    printf("%-52s %10.0f\n", "infext_validate, INFEXT_VALIDATE_NO_DEFAULTS", as_is);
    printf("%-52s %10.0f\n", "infext_validate, a default applies (defaulted copy)", copied);
    printf("%-52s %10.0f\n", "infext_decode of the same bytes", decode);
    printf("budget: <= 1500 ns per object with every rule on\n");
    infext_diags_free(c.diags);
    infext_object_free(incomplete);
    infext_object_free(obj);
    free(data);
    return 0;
}
