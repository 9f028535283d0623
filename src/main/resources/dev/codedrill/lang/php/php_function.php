// ---------------------------------------------------------------- a function problem: Solution::{{FUNCTION}}
function codedrill_main() {
    global $codedrill_current, $codedrill_first, $codedrill_wrong, $codedrill_given;
    if (!codedrill_load()) {
        return;
    }
    if (!class_exists('Solution', false) || !method_exists('Solution', '{{FUNCTION}}')) {
        codedrill_write(['i' => -1, 'status' => 'error',
            'error' => 'no method {{FUNCTION}} in class Solution: keep the name of the starter code']);
        return;
    }
    $codedrill_current = null;
    $count = r_int();
    for ($i = 0; $i < $count; $i++) {
        $codedrill_given = [];
        $codedrill_wrong = null;
        $args = [{{READERS}}];
        if ($i < $codedrill_first) {
            codedrill_unlink($args);
            continue;
        }
        $record = ['i' => $i];
        $result = null;
        codedrill_begin($i);
        try {
            // unpacking passes $args[0] by reference to a &$param: an in-place function changes $args[0]
            $result = (new Solution())->{{FUNCTION}}(...$args);
            $value = w_{{WRITER}}({{JUDGED}});
            $record['status'] = 'ok';
            $record['value'] = $value;
            if ($codedrill_wrong !== null) {
                $record['wrong'] = $codedrill_wrong;
            }
        } catch (CodedrillOutputFlood $e) {
            $record['status'] = 'flood';
            $record['error'] = 'output limit exceeded';
        } catch (Throwable $e) {
            $record['status'] = 'error';
            $record['error'] = codedrill_error_text($e);
        }
        codedrill_end($record);
        $codedrill_given = [];
        codedrill_unlink($result);
        codedrill_unlink($args);
        unset($value, $args, $result);
    }
}
