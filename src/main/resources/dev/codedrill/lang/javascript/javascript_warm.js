// CodeDrill's warm Node.js runtime (see WarmRuntime): started ahead of a run with the modules the harness needs
// loaded and the tests' worker thread already started (with the limits of a problem of the default memory limit), it
// waits for the run's work dir on the fifo, then runs harness.js there as the main module, as "node harness.js"
// would; the harness hands that worker its first part when its limits are the problem's, else makes its own.
// Its stderr is the fifo the run forwards to its own.
'use strict';
const fs = require('fs');
const path = require('path');
require('util');
require('vm');
const { Worker } = require('worker_threads');
globalThis.codedrillWarmWorker = {
    heapMb: {{HEAP_MB}},
    stackMb: {{STACK_MB}},
    worker: new Worker(`
        const { parentPort, workerData } = require('worker_threads');
        parentPort.once('message', m => {
            workerData.first = m.first;
            require(m.file);
        });`, {
        eval: true,
        workerData: { first: 0 },
        resourceLimits: { maxOldGenerationSizeMb: {{HEAP_MB}}, stackSizeMb: {{STACK_MB}} },
    }),
};
fs.closeSync(fs.openSync('/tmp/.codedrill-warm/ready', 'w')); // loaded: it waits for its run from now on
const dir = fs.readFileSync('/tmp/.codedrill-warm/go', 'utf8').split('\n')[0];
process.chdir(dir);
process.argv[1] = path.join(dir, 'harness.js');
require('module').runMain();
