// CodeDrill's warm PHP runtime (see WarmRuntime), run by php -r: started ahead of a run, it waits for the run's work
// dir and command on the fifo, then does what "php -d NAME=VALUE... harness.php ARGS..." would there: each setting
// with ini_set (the harness's are all settable at run time), then the script included in the global scope.
// Its stderr is the fifo the run forwards to its own.
touch('/tmp/.codedrill-warm/ready'); // loaded: it waits for its run from now on
$codedrill_go = file('/tmp/.codedrill-warm/go', FILE_IGNORE_NEW_LINES);
chdir($codedrill_go[0]);
$codedrill_args = array_slice($codedrill_go, 3); // the words after "php"
while (count($codedrill_args) >= 2 && $codedrill_args[0] === '-d') {
    [$codedrill_name, $codedrill_value] = explode('=', $codedrill_args[1], 2) + [1 => '1'];
    ini_set($codedrill_name, $codedrill_value);
    $codedrill_args = array_slice($codedrill_args, 2);
}
$argv = $codedrill_args;
$argc = count($argv);
$_SERVER['argv'] = $argv;
$_SERVER['argc'] = $argc;
unset($codedrill_go, $codedrill_args, $codedrill_name, $codedrill_value);
include $argv[0];
