// CodeDrill harness for JavaScript function problems: reads input.txt, calls the user's function for each test,
// writes one JSON line per test to results.jsonl, written synchronously per test. Generated; do not edit.
'use strict';
const fs = require('fs');
const util = require('util');
const vm = require('vm');
const { Worker, isMainThread, workerData } = require('worker_threads');

// The tests run in a worker thread: its heap has the problem's memory limit and its stack is large enough for deep
// recursion. A heap growing past the limit ends the worker, not the process: the test is reported as a memory limit
// and a new worker goes on from the next test. (A single allocation past the limit still aborts the whole process
// with "JavaScript heap out of memory", which the judge reads from stderr.)
if (isMainThread) {
    fs.writeFileSync('results.jsonl', '');
    const start = first => {
        const worker = new Worker(__filename, {
            workerData: { first: first },
            resourceLimits: { maxOldGenerationSizeMb: {{HEAP_MB}}, stackSizeMb: {{STACK_MB}} },
        });
        worker.on('error', e => {
            if (e && e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
                // the test that ran out is reported, and a fresh worker goes on with the next one
                const done = fs.readFileSync('results.jsonl', 'utf8').split('\n').filter(l => l.length > 0).length;
                fs.appendFileSync('results.jsonl', JSON.stringify({ i: done, status: 'memory', ms: 0, stdout: '',
                    flooded: false, error: 'JavaScript heap out of memory' }) + '\n');
                start(done + 1);
            } else {
                process.stderr.write(String(e && e.stack || e) + '\n');
                process.exitCode = 1;
            }
        });
    };
    start(0);
    return;
}

function ListNode(val, next) {
    this.val = val === undefined ? 0 : val;
    this.next = next === undefined ? null : next;
}

function TreeNode(val, left, right) {
    this.val = val === undefined ? 0 : val;
    this.left = left === undefined ? null : left;
    this.right = right === undefined ? null : right;
}

globalThis.ListNode = ListNode;
globalThis.TreeNode = TreeNode;
globalThis.require = require;

const tokens = fs.readFileSync('input.txt', 'latin1').split(/\s+/).filter(t => t.length > 0);
let pos = 0;

function tok() { return tokens[pos++]; }
function r_int() { return Number(tok()); }
function r_double() { return Number(tok()); }
function r_bool() { return tok() === '1'; }
function r_string() { return Buffer.from(tok().substring(1), 'hex').toString('utf8'); }
function r_arr(read) {
    const n = r_int();
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = read();
    return out;
}

function r_list() {
    let head = null, tail = null;
    for (const v of r_arr(r_int)) {
        const node = new ListNode(v);
        if (head === null) head = tail = node; else { tail.next = node; tail = node; }
    }
    return head;
}

function r_tree() {
    const vals = r_arr(() => { const t = tok(); return t === 'n' ? null : Number(t); });
    if (vals.length === 0 || vals[0] === null) return null;
    const root = new TreeNode(vals[0]);
    const queue = [root];
    let i = 1;
    for (let q = 0; q < queue.length && i < vals.length; q++) {
        const node = queue[q];
        if (i < vals.length && vals[i] !== null) { node.left = new TreeNode(vals[i]); queue.push(node.left); }
        i++;
        if (i < vals.length && vals[i] !== null) { node.right = new TreeNode(vals[i]); queue.push(node.right); }
        i++;
    }
    return root;
}

const NODE_LIMIT = 1000000;

function w_list(node) {
    const out = [];
    while (node !== null && node !== undefined) {
        out.push(node.val);
        if (out.length > NODE_LIMIT) throw new Error('the returned list has more than 10^6 nodes (a cycle?)');
        node = node.next;
    }
    return out;
}

function w_tree(root) {
    const out = [];
    const queue = [root];
    for (let q = 0; q < queue.length; q++) {
        if (queue.length > 2 * NODE_LIMIT) throw new Error('the returned tree has more than 10^6 nodes (a cycle?)');
        const node = queue[q];
        if (node === null || node === undefined) {
            out.push(null);
        } else {
            out.push(node.val); queue.push(node.left); queue.push(node.right);
        }
    }
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
}

function w_value(v) { return v; }

/** JSON text of a returned value; integers past 2^53 are written exactly (a long held in a double, or a BigInt). */
function json(v) {
    if (v === null || v === undefined) return 'null';
    switch (typeof v) {
        case 'number':
            if (!Number.isFinite(v)) return 'null';
            if (Number.isInteger(v) && Math.abs(v) > Number.MAX_SAFE_INTEGER) return BigInt(v).toString();
            return JSON.stringify(v);
        case 'bigint': return v.toString();
        case 'boolean': return v ? 'true' : 'false';
        case 'string': return JSON.stringify(v);
        default:
            if (Array.isArray(v) || ArrayBuffer.isView(v)) return '[' + Array.from(v, json).join(',') + ']';
            return JSON.stringify(v);
    }
}

function errorText(e) {
    if (!(e instanceof Error)) {
        return 'Uncaught ' + util.inspect(e);
    }
    const where = /solution\.js:(\d+)/.exec(String(e.stack));
    return e.name + ': ' + e.message + (where ? ' (solution.js, line ' + where[1] + ')' : '');
}

const results = fs.openSync('results.jsonl', 'a');

/** Thrown into the user's code by its prints once they pass the cap (not an Error: `catch (e)` sees what it is). */
const OUTPUT_FLOOD = Object.freeze({ codedrill: 'output limit exceeded' });

function main() {
    const stdoutCap = {{STDOUT_CAP}};
    let fn;
    let script;
    try {
        script = new vm.Script(fs.readFileSync('solution.js', 'utf8'), { filename: 'solution.js' });
    } catch (e) {
        // a syntax error is a compile error, with its line and a caret as `node --check` shows it
        fs.writeSync(results, JSON.stringify({ i: -1, status: e instanceof SyntaxError ? 'compile' : 'error',
            error: String(e && e.stack || e).split('\n    at ')[0] }) + '\n');
        return;
    }
    try {
        script.runInThisContext();
        fn = vm.runInThisContext('typeof {{FUNCTION}} === "function" ? {{FUNCTION}} : undefined');
    } catch (e) {
        fs.writeSync(results, JSON.stringify({ i: -1, status: 'error', error: errorText(e) }) + '\n');
        return;
    }
    if (fn === undefined) {
        fs.writeSync(results, JSON.stringify({ i: -1, status: 'error',
            error: 'no function {{FUNCTION}}: keep the name of the starter code' }) + '\n');
        return;
    }
    const realLog = console.log, realInfo = console.info, realDebug = console.debug;
    const realWrite = process.stdout.write;
    const count = r_int();
    for (let i = 0; i < count; i++) {
        const args = [{{READERS}}];
        if (i < workerData.first) {
            continue; // run by a worker before this one
        }
        let parts = [], size = 0, flooded = false;
        const capture = s => {
            s = String(s);
            if (size < stdoutCap) parts.push(s.substring(0, stdoutCap - size));
            size += s.length;
            if (size > stdoutCap) {
                flooded = true;
                throw OUTPUT_FLOOD; // stops the test: past the cap its prints are an output limit
            }
        };
        const log = (...a) => capture(util.format(...a) + '\n');
        console.log = console.info = console.debug = log;
        process.stdout.write = (chunk, encoding, callback) => {
            capture(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
            const cb = typeof encoding === 'function' ? encoding : callback;
            if (typeof cb === 'function') process.nextTick(cb);
            return true;
        };
        const record = { i: i };
        let valueJson;
        const start = process.hrtime.bigint();
        try {
            const result = fn(...args);
            valueJson = json(w_{{WRITER}}({{JUDGED}}));
            record.status = 'ok';
        } catch (e) {
            if (e === OUTPUT_FLOOD || flooded) {
                record.status = 'flood';
                record.error = 'output limit exceeded';
            } else if (e instanceof RangeError && /allocation failed/.test(e.message)) {
                record.status = 'memory';
                record.error = 'RangeError: ' + e.message;
            } else {
                record.status = 'error';
                record.error = errorText(e);
            }
        }
        record.ms = Number(process.hrtime.bigint() - start) / 1e6;
        console.log = realLog; console.info = realInfo; console.debug = realDebug;
        process.stdout.write = realWrite;
        record.stdout = parts.join('');
        record.flooded = flooded;
        let line = JSON.stringify(record);
        if (valueJson !== undefined) line = line.substring(0, line.length - 1) + ',"value":' + valueJson + '}';
        fs.writeSync(results, line + '\n');
    }
}

main();
