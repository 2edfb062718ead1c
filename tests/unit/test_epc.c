/* EndpointPickerConfig dialects: detection and migration (infext/epc.h).
 *
 * Data-driven: every tests/data/epp-configs/<case>.yaml (the upstream
 * configs under their upstream names) and broken/<case>.yaml is decoded,
 * its dialect detected, validated and migrated to every dialect; what each
 * step gives (status, every diagnostic with its severity, path, line:column
 * and message) must equal expected/<case>.txt, and each migrated config
 * must equal migrated/<case>.to-<dialect>.yaml. Every migration that loses
 * nothing is migrated back and must give the config's own text again.
 * Then the loader's view, with the plugin types upstream's loader tests
 * register loaded (tests/plugins): its checks (infext_scheduler_check()),
 * whether a scheduler builds, and the effective config (infext_default()
 * then infext_scheduler_default_config()), which must equal
 * effective/<case>.yaml.
 * INFEXT_EPC_REGEN=1 writes the expectations instead of comparing (to be
 * reviewed before they are committed). */
#include "support.h"
#include "util/alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef test_text text;
#define put test_text_put

static void put_diags(text *t, const infext_diags *diags)
{
    for (size_t i = 0; i < infext_diags_count(diags); i++) {
        const infext_diag *d = infext_diags_at(diags, i);
        char line[4096];
        snprintf(line, sizeof line, "  %s %s|%s|%u:%u|%s\n",
                 infext_diag_severity(d) == INFEXT_SEVERITY_WARNING ? "warning" : "error",
                 infext_error_type_id(infext_diag_type(d)), infext_diag_path(d), infext_diag_line(d),
                 infext_diag_column(d), infext_diag_message(d));
        put(t, line);
    }
}

static void put_status(text *t, const char *step, infext_status st, const infext_diags *diags)
{
    char line[256];
    snprintf(line, sizeof line, "%s: %s\n", step, infext_status_name(st));
    put(t, line);
    put_diags(t, diags);
}

static int regen(void) { return getenv("INFEXT_EPC_REGEN") && !strcmp(getenv("INFEXT_EPC_REGEN"), "1"); }

static void write_data(const char *rel, const char *content)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", INFEXT_TEST_DATA, rel);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(content, f);
    fclose(f);
}

/* Compare with tests/data/<rel> (or write it). */
static void expect_file(const char *rel, const char *got)
{
    if (regen()) {
        write_data(rel, got);
        return;
    }
    char *want = test_read_data(rel, NULL);
    if (strcmp(want, got)) fail_msg("%s differs; got:\n%s", rel, got);
    free(want);
}

/* A migrated file that must not be there (the migration failed). */
static void expect_no_file(const char *rel)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", INFEXT_TEST_DATA, rel);
    if (regen()) {
        remove(path);
        return;
    }
    FILE *f = fopen(path, "r");
    if (f) {
        fclose(f);
        fail_msg("%s exists but the migration failed", rel);
    }
}

static char *yaml_of(const infext_object *obj) { return test_encode(obj, INFEXT_FORMAT_YAML); }

static infext_status migrate(infext_object **out, const infext_object *obj, infext_epc_dialect to,
                             unsigned int flags, infext_diags *diags)
{
    infext_diags_clear(diags);
    return infext_epc_migrate(out, obj, to, flags, diags);
}

/* Every migration of obj, and the way back of each one that loses nothing. */
static void migrations(text *t, const char *dir, const char *base, const infext_object *obj,
                       infext_epc_dialect own, infext_diags *diags)
{
    infext_object *self = NULL;
    char *self_text = NULL;
    if (own != INFEXT_EPC_DIALECT_UNKNOWN) {
        assert_int_equal(migrate(&self, obj, own, 0, diags), INFEXT_OK);
        self_text = yaml_of(self);
    }
    for (int d = 1; infext_epc_dialect_name((infext_epc_dialect)d); d++) {
        infext_epc_dialect to = (infext_epc_dialect)d;
        char step[128], rel[512];
        snprintf(rel, sizeof rel, "epp-configs/migrated/%s.to-%s.yaml", base, infext_epc_dialect_name(to));
        infext_object *out = NULL;
        infext_status st = migrate(&out, obj, to, 0, diags);
        snprintf(step, sizeof step, "migrate --to %s", infext_epc_dialect_name(to));
        put_status(t, step, st, diags);
        if (st != INFEXT_OK) {
            expect_no_file(rel);
            if (st == INFEXT_ELOSSY) { /* allowing loss, the same members are dropped with warnings */
                infext_object *lossy = NULL;
                assert_int_equal(migrate(&lossy, obj, to, INFEXT_EPC_MIGRATE_ALLOW_LOSSY, diags), INFEXT_OK);
                snprintf(step, sizeof step, "migrate --to %s --allow-lossy", infext_epc_dialect_name(to));
                put_status(t, step, INFEXT_OK, diags);
                infext_epc_dialect got;
                assert_int_equal(infext_epc_dialect_of(&got, lossy, NULL), INFEXT_OK);
                infext_object_free(lossy);
            }
            continue;
        }
        size_t rewritten = infext_diags_count(diags); /* values written another way, with a warning */
        char *yaml = yaml_of(out);
        expect_file(rel, yaml);
        /* the output is one dialect's: the target's, or (using only members
         * older dialects share) an older one the target also reads */
        infext_epc_dialect got = INFEXT_EPC_DIALECT_UNKNOWN;
        infext_diags_clear(diags);
        assert_int_equal(infext_epc_dialect_of(&got, out, diags), INFEXT_OK);
        assert_true(got != INFEXT_EPC_DIALECT_UNKNOWN && got <= to);
        if (to == INFEXT_EPC_DIALECT_LLM_D_V0_10) assert_int_equal(got, to);
        /* back again: where nothing is lost, the same text */
        infext_object *back = NULL;
        st = migrate(&back, out, own, 0, diags);
        if (st == INFEXT_OK) {
            /* a warning may say a value was written another way: then the
             * text may differ; without one it must not */
            char *back_text = yaml_of(back);
            bool same = !strcmp(back_text, self_text);
            if (!same && !rewritten)
                fail_msg("%s: %s -> %s -> %s is not the same:\n%s\nwas\n%s", base, infext_epc_dialect_name(own),
                         infext_epc_dialect_name(to), infext_epc_dialect_name(own), back_text, self_text);
            snprintf(step, sizeof step, same ? "round trip via %s: same text\n"
                                             : "round trip via %s: values were rewritten, not the same text\n",
                     infext_epc_dialect_name(to));
            put(t, step);
            infext_free(back_text);
            infext_object_free(back);
        } else {
            snprintf(step, sizeof step, "round trip via %s", infext_epc_dialect_name(to));
            put_status(t, step, st, diags);
        }
        infext_free(yaml);
        infext_object_free(out);
    }
    (void)dir;
    infext_free(self_text);
    infext_object_free(self);
}

/* The built-in types and those of upstream's loader tests. */
static infext_registry *loader_registry(void)
{
    static infext_registry *reg;
    if (!reg) {
        assert_int_equal(infext_registry_new(&reg), INFEXT_OK);
        assert_int_equal(infext_registry_load(reg, INFEXT_BINARY_DIR "/tests/plugins/loader_test_plugins.so", NULL),
                         INFEXT_OK);
    }
    return reg;
}

/* What the loader makes of the config: its checks; for a valid config, a
 * scheduler and the config it would run (written into `obj`). */
static void loader_view(text *t, const char *base, infext_object *obj, bool valid, infext_diags *diags)
{
    infext_registry *reg = loader_registry();
    infext_diags_clear(diags);
    put_status(t, "check", infext_scheduler_check(obj, reg, diags), diags);
    char rel[512];
    snprintf(rel, sizeof rel, "epp-configs/effective/%s.yaml", base);
    if (!valid) { /* no loader runs it */
        expect_no_file(rel);
        return;
    }
    infext_diags_clear(diags);
    infext_scheduler *sched = NULL;
    put_status(t, "build", infext_scheduler_new_from_object(&sched, obj, reg, NULL, diags), diags);
    infext_scheduler_free(sched);
    infext_diags_clear(diags);
    infext_status st = infext_default(obj, diags);
    if (st == INFEXT_OK) st = infext_scheduler_default_config(obj, reg, diags);
    put_status(t, "effective", st, diags);
    if (st == INFEXT_OK) {
        char *yaml = yaml_of(obj);
        expect_file(rel, yaml);
        infext_free(yaml);
        /* what the loader would run is itself a config it runs as it is */
        infext_diags_clear(diags);
        assert_int_equal(infext_validate(obj, NULL, diags), INFEXT_OK);
        assert_int_equal(infext_scheduler_check(obj, reg, diags), INFEXT_OK);
    } else {
        expect_no_file(rel);
    }
}

static void run_case(const char *dir, const char *name)
{
    char rel[512], base[256];
    snprintf(rel, sizeof rel, "%s/%s", dir, name);
    snprintf(base, sizeof base, "%s%.*s", strcmp(dir, "epp-configs") ? "broken-" : "", (int)(strlen(name) - 5), name);
    char *input = test_read_data(rel, NULL);
    infext_diags *diags = NULL;
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    text t = {0};
    infext_object *obj = NULL;
    infext_status st = infext_decode(&obj, input, strlen(input), NULL, diags);
    put_status(&t, "decode", st, diags);
    if (st == INFEXT_OK) {
        infext_epc_dialect d = INFEXT_EPC_DIALECT_UNKNOWN;
        infext_diags_clear(diags);
        st = infext_epc_dialect_of(&d, obj, diags);
        char step[128];
        snprintf(step, sizeof step, "dialect %s", d ? infext_epc_dialect_name(d) : "unknown");
        put_status(&t, step, st, diags);
        infext_diags_clear(diags);
        infext_status valid = infext_validate(obj, NULL, diags);
        put_status(&t, "validate", valid, diags);
        migrations(&t, dir, base, obj, d, diags);
        loader_view(&t, base, obj, valid == INFEXT_OK, diags);
        infext_object_free(obj);
    }
    snprintf(rel, sizeof rel, "epp-configs/expected/%s.txt", base);
    expect_file(rel, t.data);
    free(t.data);
    infext_diags_free(diags);
    free(input);
}

static void run_dir(const char *dir)
{
    char **names = test_list_dir(dir);
    size_t n = 0;
    for (char **p = names; *p; p++) {
        size_t len = strlen(*p);
        if (len < 6 || strcmp(*p + len - 5, ".yaml")) continue;
        run_case(dir, *p);
        n++;
    }
    assert_true(n > 0);
    test_free_list(names);
}

static void test_reference_configs(void **state)
{
    (void)state;
    run_dir("epp-configs");
}

static void test_broken_configs(void **state)
{
    (void)state;
    run_dir("epp-configs/broken");
}

/* Names, titles and their inverse; bad arguments. */
static void test_dialect_names(void **state)
{
    (void)state;
    assert_string_equal(infext_epc_dialect_name(INFEXT_EPC_DIALECT_GIE_V1_0), "gie-v1.0");
    assert_string_equal(infext_epc_dialect_name(INFEXT_EPC_DIALECT_LLM_D_V0_10), "llm-d-v0.10");
    assert_string_equal(infext_epc_dialect_title(INFEXT_EPC_DIALECT_GIE_V1_3), "GIE v1.3 and v1.4");
    assert_string_equal(infext_epc_dialect_name(INFEXT_EPC_DIALECT_HEIMDALL), "heimdall");
    assert_string_equal(infext_epc_dialect_title(INFEXT_EPC_DIALECT_HEIMDALL),
                        "Heimdall (MoAI Inference Framework, moreh-v0.7)");
    assert_null(infext_epc_dialect_name(INFEXT_EPC_DIALECT_UNKNOWN));
    assert_null(infext_epc_dialect_name((infext_epc_dialect)99));
    infext_epc_dialect d = INFEXT_EPC_DIALECT_UNKNOWN;
    assert_int_equal(infext_epc_dialect_from_name(&d, "gie-v1.5"), INFEXT_OK);
    assert_int_equal(d, INFEXT_EPC_DIALECT_GIE_V1_5);
    assert_int_equal(infext_epc_dialect_from_name(&d, "heimdall"), INFEXT_OK);
    assert_int_equal(d, INFEXT_EPC_DIALECT_HEIMDALL);
    assert_int_equal(infext_epc_dialect_from_name(&d, "gie-v1.6"), INFEXT_ENOTFOUND);
    assert_int_equal(infext_epc_dialect_from_name(NULL, "gie-v1.5"), INFEXT_EINVAL);
    assert_int_equal(infext_epc_dialect_of(&d, NULL, NULL), INFEXT_EINVAL);
    assert_int_equal(d, INFEXT_EPC_DIALECT_UNKNOWN);
    infext_object *pool = test_decode_ok("apiVersion: inference.networking.k8s.io/v1\nkind: InferencePool\n");
    assert_int_equal(infext_epc_dialect_of(&d, pool, NULL), INFEXT_EKIND);
    infext_object *out = (infext_object *)1;
    assert_int_equal(infext_epc_migrate(&out, pool, INFEXT_EPC_DIALECT_GIE_V1_5, 0, NULL), INFEXT_EKIND);
    assert_null(out);
    infext_object_free(pool);
    infext_object *cfg = test_decode_ok("apiVersion: llm-d.ai/v1alpha1\nkind: EndpointPickerConfig\n");
    assert_int_equal(infext_epc_migrate(&out, cfg, (infext_epc_dialect)0, 0, NULL), INFEXT_EINVAL);
    assert_int_equal(infext_epc_migrate(&out, cfg, INFEXT_EPC_DIALECT_GIE_V1_5, 0x8, NULL), INFEXT_EINVAL);
    assert_int_equal(infext_epc_migrate(NULL, cfg, INFEXT_EPC_DIALECT_GIE_V1_5, 0, NULL), INFEXT_EINVAL);
    infext_object_free(cfg);
}

/* An unnamed plugin whose type is renamed keeps its references: they follow
 * the new type (its default name); a named one keeps its name. */
static void test_renamed_type_references(void **state)
{
    (void)state;
    infext_object *cfg = test_decode_ok("apiVersion: inference.networking.x-k8s.io/v1alpha1\n"
                                        "kind: EndpointPickerConfig\n"
                                        "plugins:\n- type: metrics-data-source\n- type: model-server-protocol-metrics\n"
                                        "- name: x\n  type: model-server-protocol-metrics\n"
                                        "data:\n  sources:\n  - pluginRef: metrics-data-source\n    extractors:\n"
                                        "    - pluginRef: model-server-protocol-metrics\n    - pluginRef: x\n");
    infext_object *out = NULL;
    assert_int_equal(infext_epc_migrate(&out, cfg, INFEXT_EPC_DIALECT_GIE_V1_5, 0, NULL), INFEXT_OK);
    char *json = test_encode(out, INFEXT_FORMAT_JSON);
    assert_string_equal(json, "{\"apiVersion\":\"inference.networking.x-k8s.io/v1alpha1\",\"kind\":\"EndpointPickerConfig\","
                              "\"plugins\":[{\"type\":\"metrics-data-source\"},{\"type\":\"core-metrics-extractor\"},"
                              "{\"name\":\"x\",\"type\":\"core-metrics-extractor\"}],\"dataLayer\":{\"sources\":"
                              "[{\"pluginRef\":\"metrics-data-source\",\"extractors\":[{\"pluginRef\":"
                              "\"core-metrics-extractor\"},{\"pluginRef\":\"x\"}]}]}}");
    infext_free(json);
    infext_object *back = NULL;
    assert_int_equal(infext_epc_migrate(&back, out, INFEXT_EPC_DIALECT_GIE_V1_3, 0, NULL), INFEXT_OK);
    assert_true(infext_object_equal(back, cfg));
    infext_object_free(back);
    infext_object_free(out);
    infext_object_free(cfg);
}

/* Heimdall's detector type "utilization" alone: going to GIE v1.3 it is
 * dropped with a warning, and the emptied saturationDetector with it; GIE
 * v1.5 (no thresholds) refuses it. */
static void test_heimdall_utilization_type(void **state)
{
    (void)state;
    infext_object *cfg = test_decode_ok("apiVersion: inference.networking.x-k8s.io/v1alpha1\n"
                                        "kind: EndpointPickerConfig\n"
                                        "saturationDetector:\n  type: utilization\n");
    infext_epc_dialect d = INFEXT_EPC_DIALECT_UNKNOWN;
    assert_int_equal(infext_epc_dialect_of(&d, cfg, NULL), INFEXT_OK);
    assert_int_equal(d, INFEXT_EPC_DIALECT_HEIMDALL);
    infext_diags *diags = NULL;
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    infext_object *out = NULL;
    assert_int_equal(infext_epc_migrate(&out, cfg, INFEXT_EPC_DIALECT_GIE_V1_3, 0, diags), INFEXT_OK);
    char *json = test_encode(out, INFEXT_FORMAT_JSON);
    assert_string_equal(json, "{\"apiVersion\":\"inference.networking.x-k8s.io/v1alpha1\",\"kind\":\"EndpointPickerConfig\"}");
    infext_free(json);
    assert_int_equal(infext_diags_count(diags), 1);
    const infext_diag *w = infext_diags_at(diags, 0);
    assert_int_equal(infext_diag_severity(w), INFEXT_SEVERITY_WARNING);
    assert_string_equal(infext_diag_path(w), "saturationDetector.type");
    assert_int_equal(infext_diag_line(w), 4u);
    assert_int_equal(infext_diag_column(w), 3u);
    assert_string_equal(infext_diag_message(w),
                        "detector type \"utilization\" dropped: gie-v1.3 runs that detector from the thresholds");
    infext_object_free(out);
    infext_diags_clear(diags);
    out = (infext_object *)1;
    assert_int_equal(infext_epc_migrate(&out, cfg, INFEXT_EPC_DIALECT_GIE_V1_5, 0, diags), INFEXT_ELOSSY);
    assert_null(out);
    assert_int_equal(infext_diags_count(diags), 1);
    assert_string_equal(infext_diag_path(infext_diags_at(diags, 0)), "saturationDetector.type");
    infext_diags_free(diags);
    infext_object_free(cfg);
}

/* Every allocation of detection, validation and migration may fail: the
 * call then says INFEXT_ENOMEM, leaks nothing, and gives no object. */
static void test_allocation_failures(void **state)
{
    (void)state;
    static const char *const cases[] = {
        "epp-configs/llm-d-router-v0.10.0-epp-precise-prefix-cache-config.yaml",
        "epp-configs/broken/refuse-llmd-members.yaml",
        "epp-configs/broken/mix-data-and-datalayer.yaml",
        "epp-configs/broken/gie-v1.5-detector-plugin.yaml",
        "epp-configs/heimdall-datalayer-utilization.yaml",
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        infext_object *in = test_decode_data(cases[i], 0);
        for (int d = 1; infext_epc_dialect_name((infext_epc_dialect)d); d++) {
            infext_object *want = NULL;
            infext_status want_st = infext_epc_migrate(&want, in, (infext_epc_dialect)d, INFEXT_EPC_MIGRATE_ALLOW_LOSSY, NULL);
            for (long n = 0;; n++) {
                infext_diags *diags = NULL;
                assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
                infext_object *out = NULL;
                infext__alloc_fail_after(n);
                infext_status st = infext_epc_migrate(&out, in, (infext_epc_dialect)d, INFEXT_EPC_MIGRATE_ALLOW_LOSSY, diags);
                infext__alloc_fail_after(-1);
                infext_diags_free(diags);
                if (st == want_st) {
                    if (want) assert_true(infext_object_equal(out, want));
                    infext_object_free(out);
                    break;
                }
                assert_int_equal(st, INFEXT_ENOMEM);
                assert_null(out);
                assert_true(n < 100000);
            }
            infext_object_free(want);
        }
        infext_status want_v = infext_validate(in, NULL, NULL);
        for (long n = 0;; n++) {
            infext_diags *diags = NULL;
            assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
            infext__alloc_fail_after(n);
            infext_status st = infext_validate(in, NULL, diags);
            infext_epc_dialect dialect;
            infext_status dst = infext_epc_dialect_of(&dialect, in, diags);
            infext__alloc_fail_after(-1);
            infext_diags_free(diags);
            if (st == want_v && dst != INFEXT_ENOMEM) break;
            assert_true(st == INFEXT_ENOMEM || dst == INFEXT_ENOMEM);
            assert_true(n < 100000);
        }
        infext_object_free(in);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reference_configs),
        cmocka_unit_test(test_broken_configs),
        cmocka_unit_test(test_dialect_names),
        cmocka_unit_test(test_renamed_type_references),
        cmocka_unit_test(test_heimdall_utilization_type),
        cmocka_unit_test(test_allocation_failures),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    infext_registry_free(loader_registry());
    return failed;
}
