#ifndef CMEMORY_H
#define CMEMORY_H

/// Gives every allocation of `bytes` or more its own mapping, returned to the
/// system when freed, and turns off glibc's raising of that threshold after a
/// large free (which keeps later large arrays, once freed, resident). A no-op
/// where the C library has no mallopt.
void cmemory_map_large_allocations(int bytes);

#endif
