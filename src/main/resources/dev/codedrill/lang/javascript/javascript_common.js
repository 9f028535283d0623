// CodeDrill harness for JavaScript function and design problems: reads input.txt, calls the user's code for each
// test, writes one JSON line per test to results.jsonl, written synchronously per test. Generated; do not edit.
// (Its readers and writers come first; the part that calls a function or replays a class's calls follows them.)
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
    // the warm runtime's worker, already started with these limits, runs the first part (see javascript_warm.js)
    let warm = globalThis.codedrillWarmWorker;
    globalThis.codedrillWarmWorker = undefined;
    if (warm && !(warm.heapMb === {{HEAP_MB}} && warm.stackMb === {{STACK_MB}})) {
        warm.worker.terminate();
        warm = undefined;
    }
    const start = first => {
        const worker = warm && first === 0 ? warm.worker : new Worker(__filename, {
            workerData: { first: first },
            resourceLimits: { maxOldGenerationSizeMb: {{HEAP_MB}}, stackSizeMb: {{STACK_MB}} },
        });
        if (warm && first === 0) {
            worker.postMessage({ file: __filename, first: first });
        }
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

/** A graph's node (LeetCode's Clone Graph calls it _Node; both names work). */
function Node(val, neighbors) {
    this.val = val === undefined ? 0 : val;
    this.neighbors = neighbors === undefined ? [] : neighbors;
}

globalThis.ListNode = ListNode;
globalThis.TreeNode = TreeNode;
globalThis.Node = Node;
globalThis._Node = Node;
globalThis.require = require;

const tokens = fs.readFileSync('input.txt', 'latin1').split(/\s+/).filter(t => t.length > 0);
let pos = 0;
/** The graph nodes built for the current test's input: a returned graph must not reuse them. */
let given = [];
/** Why the current test's value is wrong whatever is expected (a graph that is not a copy), or undefined. */
let wrong;
/** Where a design test is: its error says which call failed. */
let callText = '';

function tok() { return tokens[pos++]; }
function r_int() { return Number(tok()); }
function r_double() { return Number(tok()); }
function r_bool() { return tok() === '1'; }
function r_string() { return Buffer.from(tok().substring(1), 'hex').toString('utf8'); }
/** A char: its character code, given as a string of one character as LeetCode's JavaScript gives it. */
function r_char() { return String.fromCharCode(Number(tok())); }
function r_arr(read) {
    const n = r_int();
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = read();
    return out;
}

function r_list() {
    const nodes = r_arr(r_int).map(v => new ListNode(v));
    for (let i = 0; i + 1 < nodes.length; i++) nodes[i].next = nodes[i + 1];
    const cycle = r_int(); // the index of the node the tail links to (LeetCode's pos), -1 for none
    if (cycle >= 0 && nodes.length > 0) nodes[nodes.length - 1].next = nodes[cycle];
    return nodes.length > 0 ? nodes[0] : null;
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

function r_graph() {
    const n = r_int();
    const nodes = [];
    for (let i = 0; i < n; i++) nodes.push(new Node(i + 1));
    for (const node of nodes) node.neighbors = r_arr(() => nodes[r_int() - 1]);
    given.push(...nodes);
    return n > 0 ? nodes[0] : null;
}

/** A map as a plain object (int keys become property names, as JavaScript makes them anyway). */
function r_map(readKey, readValue) {
    const n = r_int();
    const out = {};
    for (let i = 0; i < n; i++) {
        const key = String(readKey());
        // defined, not assigned: a key such as "__proto__" is an entry like any other
        Object.defineProperty(out, key, { value: readValue(), writable: true, enumerable: true, configurable: true });
    }
    return out;
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

function w_lists(heads) { return heads === null || heads === undefined ? null : Array.from(heads, w_list); }
function w_trees(roots) { return roots === null || roots === undefined ? null : Array.from(roots, w_tree); }

/**
 * The adjacency lists of the graph reached from node (entry i: the neighbours of the node of value i+1); a graph
 * that reuses a given node, or whose values are not 1 to k, is wrong (`wrong` says why).
 */
function w_graph(node) {
    if (node === null || node === undefined) return [];
    const seen = new Set([node]);
    const order = [node];
    const neighbours = n => (n.neighbors === null || n.neighbors === undefined ? [] : Array.from(n.neighbors));
    for (let q = 0; q < order.length; q++) { // breadth first, neighbours in order
        for (const nb of neighbours(order[q])) {
            if (!seen.has(nb)) {
                seen.add(nb);
                order.push(nb);
                if (order.length > NODE_LIMIT) throw new Error('the returned graph has more than 10^6 nodes');
            }
        }
    }
    const k = order.length;
    const vals = order.map(n => n.val);
    const numbered = vals.every(v => Number.isInteger(v) && v >= 1 && v <= k) && new Set(vals).size === k;
    const givenNodes = new Set(given);
    const reused = order.find(n => givenNodes.has(n));
    const value = nb => (nb === null || nb === undefined ? null : nb.val);
    if (reused !== undefined) {
        wrong = 'The returned graph is not a copy: node ' + reused.val + ' is one of the given nodes. Build new nodes.';
    } else if (!numbered) {
        const shown = vals.slice(0, 20).map(v => util.inspect(v)).join(', ') + (k > 20 ? ', …' : '');
        wrong = "The returned graph's nodes must have the values 1 to " + k + ', each once: its ' + k
            + ' nodes have the values ' + shown + '.';
    }
    if (!numbered) return order.map(n => neighbours(n).map(value));
    const out = new Array(k);
    for (const n of order) out[n.val - 1] = neighbours(n).map(value);
    return out;
}

/** A returned map, a plain object or a Map, as a Map of string keys (json() writes it as a JSON object). */
function w_map(m) {
    if (m === null || m === undefined) return null;
    if (typeof m !== 'object') throw new TypeError('a map was expected (an object or a Map), not ' + typeof m);
    const out = new Map();
    for (const [k, v] of (m instanceof Map ? m.entries() : Object.entries(m))) out.set(String(k), v);
    return out;
}

/** A scalar or an array of them: a char is a string of one character; a nullable result's undefined is null. */
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
            if (v instanceof Map) {
                return '{' + Array.from(v, ([k, x]) => JSON.stringify(String(k)) + ':' + json(x)).join(',') + '}';
            }
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

/** Writes the line of a load error (i = -1): the run stops there. */
function loadError(status, error) {
    fs.writeSync(results, JSON.stringify({ i: -1, status: status, error: error }) + '\n');
}

/**
 * Runs solution.js in the global scope, then find(expression evaluator) returns what the tests call, or a load
 * error's text as a string; false when it did not load (the line is written).
 */
function load(find) {
    let script;
    try {
        script = new vm.Script(fs.readFileSync('solution.js', 'utf8'), { filename: 'solution.js' });
    } catch (e) {
        // a syntax error is a compile error, with its line and a caret as `node --check` shows it
        loadError(e instanceof SyntaxError ? 'compile' : 'error', String(e && e.stack || e).split('\n    at ')[0]);
        return false;
    }
    let found;
    try {
        script.runInThisContext();
        found = find(code => vm.runInThisContext(code));
    } catch (e) {
        loadError('error', errorText(e));
        return false;
    }
    if (typeof found === 'string') {
        loadError('error', found);
        return false;
    }
    return true;
}

/** For each test: prepare() reads its input and returns what runs it, returning the JSON text of its value. */
function runTests(prepare) {
    const stdoutCap = {{STDOUT_CAP}};
    const realLog = console.log, realInfo = console.info, realDebug = console.debug;
    const realWrite = process.stdout.write;
    const count = r_int();
    for (let i = 0; i < count; i++) {
        given = [];
        wrong = undefined;
        callText = '';
        const run = prepare();
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
            valueJson = run();
            record.status = 'ok';
            if (wrong !== undefined) record.wrong = wrong;
        } catch (e) {
            valueJson = undefined;
            if (e === OUTPUT_FLOOD || flooded) {
                record.status = 'flood';
                record.error = 'output limit exceeded';
            } else if (e instanceof RangeError && /allocation failed/.test(e.message)) {
                record.status = 'memory';
                record.error = 'RangeError: ' + e.message;
            } else {
                record.status = 'error';
                record.error = callText + errorText(e);
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
