#ifndef ARGOT_CJANSSON_SHIM_H
#define ARGOT_CJANSSON_SHIM_H
#include <jansson.h>

/* Function-like macros do not import into Swift; these inline wrappers stand in for them. */
static inline json_type argot_json_typeof(const json_t *json) { return json_typeof(json); }
static inline size_t argot_json_indent(size_t n) { return JSON_INDENT(n); }
static inline size_t argot_json_real_precision(size_t n) { return JSON_REAL_PRECISION(n); }
static inline int argot_json_boolean_value(const json_t *json) { return json_is_true(json); }

#endif
