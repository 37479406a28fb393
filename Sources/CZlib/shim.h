#ifndef ARGOT_CZLIB_SHIM_H
#define ARGOT_CZLIB_SHIM_H
#include <zlib.h>

/* inflateInit2 is a macro; this wrapper makes it callable from Swift. 15 + 32 accepts gzip and zlib headers. */
static inline int argot_inflate_init_auto(z_stream *stream) {
  return inflateInit2(stream, 15 + 32);
}

#endif
