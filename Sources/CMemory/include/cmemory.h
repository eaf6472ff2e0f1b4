#ifndef CMEMORY_H
#define CMEMORY_H

/// Gives every allocation of `bytes` or more its own mapping, returned to the
/// system when freed, and turns off glibc's raising of that threshold after a
/// large free (which keeps later large arrays, once freed, resident). A no-op
/// where the C library has no mallopt.
void cmemory_map_large_allocations(int bytes);

/// Keeps up to `bytes` of freed memory at the top of each malloc arena instead
/// of handing it back to the system (glibc's default is 128 KiB): a worker's
/// arena otherwise shrinks after a document and faults the same pages in again
/// for the next. A no-op where the C library has no mallopt.
void cmemory_keep_freed_memory(int bytes);

#endif
