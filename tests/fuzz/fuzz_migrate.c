/* Fuzz target for EndpointPickerConfig dialects: every config that decodes
 * is detected and migrated to every dialect, with and without allowed loss.
 * Nothing may crash or leak; detection answers OK or EVALIDATION (a mix);
 * a migration answers OK, ELOSSY (only without the flag) or EVALIDATION
 * (exactly when detection did); what it writes is of one dialect again; and
 * where a migration there and back says nothing at all, it gives the same
 * object as migrating the config to its own dialect. The effective config
 * (infext_default(), then infext_scheduler_default_config()) is OK or
 * ECONFIG (exactly when the config mixes dialects, or more), and defaulting
 * it again changes nothing. Built for libFuzzer
 * with -DINFEXT_FUZZ=ON (clang), and always as an ordinary test that
 * replays the committed corpus. */
#include "fuzz_reader.h"

#include <infext/infext.h>

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static infext_object *migrate(const infext_object *obj, infext_epc_dialect to, unsigned int flags, size_t *said,
                              infext_status mixed)
{
    infext_diags *diags = NULL;
    if (infext_diags_new(&diags) != INFEXT_OK) abort();
    infext_object *out = NULL;
    infext_status st = infext_epc_migrate(&out, obj, to, flags, diags);
    if (mixed == INFEXT_EVALIDATION ? st != INFEXT_EVALIDATION : st == INFEXT_EVALIDATION) abort();
    if (st != INFEXT_OK && st != INFEXT_EVALIDATION && !(st == INFEXT_ELOSSY && !flags)) abort();
    if ((st == INFEXT_OK) != (out != NULL)) abort();
    if (st != INFEXT_OK && !infext_diags_error_count(diags)) abort(); /* a refusal says why */
    *said = infext_diags_count(diags);
    infext_diags_free(diags);
    if (out) {
        infext_epc_dialect d;
        if (infext_epc_dialect_of(&d, out, NULL) != INFEXT_OK || d == INFEXT_EPC_DIALECT_UNKNOWN || d > to) abort();
    }
    return out;
}

static void check_effective(const infext_object *obj, infext_status mixed)
{
    infext_object *eff = NULL;
    if (infext_object_clone(&eff, obj) != INFEXT_OK) abort();
    infext_status st = infext_default(eff, NULL);
    if (st == INFEXT_EKIND) { /* a kind the newest bundle does not serve */
        infext_object_free(eff);
        return;
    }
    if (st != INFEXT_OK) abort();
    st = infext_scheduler_default_config(eff, NULL, NULL);
    if (st != INFEXT_OK && st != INFEXT_ECONFIG) abort();
    if (mixed == INFEXT_EVALIDATION && st != INFEXT_ECONFIG) abort();
    if (st == INFEXT_OK) {
        infext_object *again = NULL;
        if (infext_object_clone(&again, eff) != INFEXT_OK) abort();
        if (infext_default(again, NULL) != INFEXT_OK || infext_scheduler_default_config(again, NULL, NULL) != INFEXT_OK)
            abort();
        if (!infext_object_equal(again, eff)) abort();
        infext_object_free(again);
    }
    infext_object_free(eff);
}

static void check(const infext_object *obj)
{
    infext_epc_dialect own = INFEXT_EPC_DIALECT_UNKNOWN;
    infext_status st = infext_epc_dialect_of(&own, obj, NULL);
    if (st == INFEXT_EKIND) return;
    if (st != INFEXT_OK && st != INFEXT_EVALIDATION) abort();
    size_t said;
    infext_object *self = st == INFEXT_OK ? migrate(obj, own, 0, &said, st) : NULL;
    for (int d = 1; infext_epc_dialect_name((infext_epc_dialect)d); d++) {
        for (unsigned int flags = 0; flags <= INFEXT_EPC_MIGRATE_ALLOW_LOSSY; flags++) {
            size_t there_said = 0, back_said = 0;
            infext_object *there = migrate(obj, (infext_epc_dialect)d, flags, &there_said, st);
            if (!there) continue;
            infext_object *back = migrate(there, own, flags, &back_said, INFEXT_OK);
            if (back && !there_said && !back_said && !infext_object_equal(back, self)) abort();
            infext_object_free(back);
            infext_object_free(there);
        }
    }
    infext_object_free(self);
    check_effective(obj, st);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_each_object(data, size, check);
    return 0;
}
