/*
 * host.h — what the host port's files share beyond vm/port.h.
 */
#ifndef IRQPY_HOST_H
#define IRQPY_HOST_H

#include <signal.h>

/* Set once a timer's signal handler (an emulated interrupt) is installed:
 * from then on the console blocks those signals while it updates its
 * buffer, which costs two system calls per write. */
extern volatile sig_atomic_t host_irqs_installed;

#endif
