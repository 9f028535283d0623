
// A design problem: each test constructs {{CLASS}} and replays its calls, collecting what each returned.

// [name, reader of the arguments, writer of the result or null for a void method], numbered as the input numbers them
const METHODS = [{{METHODS}}];
let cls;
if (load(evaluate => {
    cls = evaluate('typeof {{CLASS}} === "function" ? {{CLASS}} : undefined');
    if (cls === undefined) return 'no class {{CLASS}} in solution.js: keep the name of the starter code';
    for (const [name] of METHODS) {
        if (!cls.prototype || typeof cls.prototype[name] !== 'function') {
            return 'no method ' + name + ' in class {{CLASS}}: keep the names of the starter code';
        }
    }
    return cls;
})) {
    runTests(() => {
        const m = r_int();
        const constructorArgs = [{{CONSTRUCTOR_READERS}}];
        const calls = [];
        for (let j = 1; j < m; j++) {
            const k = r_int();
            calls.push([k, METHODS[k][1]()]);
        }
        return () => {
            callText = 'in call 1, {{CLASS}}: ';
            const obj = new cls(...constructorArgs);
            const out = ['null'];
            calls.forEach(([k, args], j) => {
                const [name, , writer] = METHODS[k];
                callText = 'in call ' + (j + 2) + ', ' + name + ': ';
                const result = obj[name](...args);
                out.push(writer === null ? 'null' : json(writer(result)));
            });
            callText = '';
            return '[' + out.join(',') + ']';
        };
    });
}
