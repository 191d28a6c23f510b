'use strict';
// The Prism process that startMock spawns: it runs prism-cli (whose entry
// point is argv[2], its arguments after it) in this very process, and ends
// this process as soon as the process that spawned it is gone, however that
// one died. SIGKILL skips every exit hook of the parent, but the kernel still
// closes the parent's end of the IPC channel, which emits 'disconnect' here.
// Plain CommonJS outside src and dist, so that both the sources (in tests)
// and the build find it at ../runtime/ and Node runs it without a build step.

const entry = process.argv[2];
if (typeof process.send !== 'function' || process.channel === undefined || entry === undefined) {
  process.stderr.write(
    'prism-process.cjs is started by startMock() of @hl-orders/mock, with an IPC channel: ' +
      'node prism-process.cjs <prism-cli entry> mock <document> [options]\n',
  );
  process.exit(2);
}

process.once('disconnect', () => process.exit(0));
// The channel only watches the parent: it must not keep a Prism that failed
// to start alive, so that startMock sees it exit and reports why.
process.channel.unref();

// Backstop, should the channel ever stay open with the parent gone (its end
// inherited by another process): an orphan is handed to init or a subreaper,
// which changes its parent pid.
const parentPid = process.ppid;
setInterval(() => {
  if (process.ppid !== parentPid) process.exit(0);
}, 1000).unref();

// prism-cli parses process.argv when it is loaded: make it look as if it had
// been run as `node <entry> mock ...`.
process.argv.splice(1, 2, entry);
require(entry);
