/* Helpers of the scheduler tests: a seeded scheduler from YAML, and a
 * result in one line. */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>

infext_scheduler *test_scheduler_from_yaml(const char *yaml, uint64_t seed)
{
    infext_object *obj = test_decode_ok(yaml);
    infext_scheduler_options opts = INFEXT_SCHEDULER_OPTIONS_INIT;
    opts.flags = INFEXT_SCHEDULER_SEEDED;
    opts.seed = seed;
    infext_diags *diags = NULL;
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    infext_scheduler *sched = NULL;
    infext_status st = infext_scheduler_new_from_object(&sched, obj, NULL, &opts, diags);
    if (st != INFEXT_OK) fail_msg("config: %s\n%s", infext_strerror(st), test_render_diags(diags));
    infext_diags_free(diags);
    infext_object_free(obj);
    return sched;
}

size_t test_result_outcome(char *out, size_t size, const infext_result *r)
{
    size_t len = 0, primary = SIZE_MAX;
    infext_result_get_primary(&primary, r);
    out[0] = 0;
    for (size_t i = 0; i < infext_result_profiles_count(r) && len < size; i++) {
        if (!infext_result_profile_ran(r, i)) continue;
        len += (size_t)snprintf(out + len, size - len, "%s%s%s=", len ? ";" : "",
                                i == primary ? "*" : "", infext_result_profile_name_at(r, i));
        for (size_t j = 0; j < infext_result_profile_endpoints_count(r, i) && len < size; j++)
            len += (size_t)snprintf(out + len, size - len, "%s%s", j ? "," : "",
                                    infext_endpoint_get_name(infext_result_profile_endpoint_at(r, i, j)));
    }
    return len < size ? len : size - 1;
}
