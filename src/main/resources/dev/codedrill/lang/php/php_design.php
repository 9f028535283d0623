// ---------------------------------------------------------------- a design problem: class {{CLASS}}
const CODEDRILL_METHODS = [{{METHOD_NAMES}}];

/** The arguments of a call of method $index. */
function codedrill_args($index) {
    return match ($index) {
{{READ_CASES}}
    };
}

/** What a call of method $index returned, as JSON writes it (null for a void method). */
function codedrill_result($index, $result) {
    return match ($index) {
{{WRITE_CASES}}
    };
}

function codedrill_main() {
    global $codedrill_current, $codedrill_first, $codedrill_wrong, $codedrill_given;
    if (!codedrill_load()) {
        return;
    }
    if (!class_exists('{{CLASS}}', false)) {
        codedrill_write(['i' => -1, 'status' => 'error',
            'error' => 'no class {{CLASS}}: keep the class of the starter code']);
        return;
    }
    foreach (CODEDRILL_METHODS as $name) {
        if (!method_exists('{{CLASS}}', $name)) {
            codedrill_write(['i' => -1, 'status' => 'error',
                'error' => "no method $name in class {{CLASS}}: keep the name of the starter code"]);
            return;
        }
    }
    $codedrill_current = null;
    $count = r_int();
    for ($i = 0; $i < $count; $i++) {
        $codedrill_given = [];
        $codedrill_wrong = null;
        $calls = r_int();
        $constructorArgs = [{{CONSTRUCTOR_READERS}}];
        $which = [];
        $args = [];
        for ($k = 1; $k < $calls; $k++) {
            $index = r_int();
            $which[] = $index;
            $args[] = codedrill_args($index);
        }
        if ($i < $codedrill_first) {
            codedrill_unlink([$constructorArgs, $args]);
            continue;
        }
        $record = ['i' => $i];
        $results = [];
        $object = null;
        $call = 'in call 1, {{CLASS}}: ';
        codedrill_begin($i);
        try {
            $object = new {{CLASS}}(...$constructorArgs);
            $values = [null];
            foreach ($which as $k => $index) {
                $name = CODEDRILL_METHODS[$index];
                $call = 'in call ' . ($k + 2) . ", $name: ";
                $result = $object->$name(...$args[$k]);
                $results[] = $result;
                $values[] = codedrill_result($index, $result);
            }
            $record['status'] = 'ok';
            $record['value'] = $values;
            if ($codedrill_wrong !== null) {
                $record['wrong'] = $codedrill_wrong;
            }
        } catch (CodedrillOutputFlood $e) {
            $record['status'] = 'flood';
            $record['error'] = 'output limit exceeded';
        } catch (Throwable $e) {
            $record['status'] = 'error';
            $record['error'] = $call . codedrill_error_text($e);
        }
        codedrill_end($record);
        $codedrill_given = [];
        codedrill_unlink([$constructorArgs, $args, $results]);
        unset($object, $result, $values, $constructorArgs, $args, $results);
    }
}
