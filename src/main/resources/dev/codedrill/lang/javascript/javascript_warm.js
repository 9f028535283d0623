// CodeDrill's warm Node.js runtime (see WarmRuntime): started ahead of a run with the modules the harness needs
// loaded, it waits for the run's work dir on the fifo, then runs harness.js there as the main module, as
// "node harness.js" would. Its stderr is the fifo the run forwards to its own.
'use strict';
const fs = require('fs');
const path = require('path');
require('util');
require('vm');
require('worker_threads');
const dir = fs.readFileSync('/tmp/.codedrill-warm/go', 'utf8').split('\n')[0];
process.chdir(dir);
process.argv[1] = path.join(dir, 'harness.js');
require('module').runMain();
