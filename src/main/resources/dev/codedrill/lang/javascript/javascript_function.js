
// A function problem: the top-level function {{FUNCTION}} on each test's arguments.
let fn;
if (load(evaluate => {
    fn = evaluate('typeof {{FUNCTION}} === "function" ? {{FUNCTION}} : undefined');
    return fn === undefined ? 'no function {{FUNCTION}}: keep the name of the starter code' : fn;
})) {
    runTests(() => {
        const args = [{{READERS}}];
        return () => {
            const result = fn(...args);
            return json(w_{{WRITER}}({{JUDGED}}));
        };
    });
}
