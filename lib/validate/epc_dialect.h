/* EndpointPickerConfig dialects, inside the library: detection for
 * validation (epc.c) and the dialect tables for migration (lib/epc). */
#ifndef INFEXT_VALIDATE_EPC_DIALECT_H
#define INFEXT_VALIDATE_EPC_DIALECT_H

#include "infext/epc.h"
#include "types/schema.h"
#include "util/buf.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Whether obj is a root EndpointPickerConfig of either kind. */
bool infext__epc_is_config(const void *obj);

/* The schema's description of a dialect, or NULL. */
const infext__epc_dialect_desc *infext__epc_dialect_desc_of(infext_epc_dialect dialect);

/* The dialect's bit in infext__field.dialects; 0 for an unknown one. */
uint8_t infext__epc_dialect_bit(infext_epc_dialect dialect);

/* A gate's name without llm-d-router's "=true" / "=false". */
size_t infext__epc_gate_name_len(const char *gate);
bool infext__epc_gate_registered(const infext__epc_dialect_desc *d, const char *gate, size_t len);
/* The dialects that accept the gate; all of them for a gate nobody registers. */
uint8_t infext__epc_gate_mask(const char *gate);

/* Whether a present member's value is an integer (a whole number; a
 * quantity of digits only). */
bool infext__epc_is_integer(const void *obj, const infext__field *f);
/* A quantity's value when it is a whole number, not negative, that fits
 * in a long long ("1.5Ki" is 1536, "2e3" 2000, "1500m" not one). */
bool infext__epc_quantity_int(long long *out, const char *text);

/* The dialects that have a plugin type spelled so (schema.yaml
 * epcPluginTypes; *row_out its row); all of them for a type no row names. */
uint8_t infext__epc_plugin_type_mask(const char *type, size_t *row_out);

/* "gie-v1.3, gie-v1.5" for a mask. */
void infext__epc_mask_names(infext__buf *b, uint8_t mask);

/* Detect the dialect of a root EndpointPickerConfig: INFEXT_OK (a warning
 * for a deprecated apiVersion), INFEXT_EVALIDATION after one error for a
 * mixed config (and ++*errors when errors is not NULL), INFEXT_ENOMEM.
 * Source positions come from pos_root (the config itself, or the original
 * a defaulted copy was made from). */
infext_status infext__epc_detect(infext_epc_dialect *out, const void *config, const void *pos_root,
                                 infext_diags *diags, size_t *errors);

#endif
