<?php
$parts = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$a = intval($parts[0]);
$b = intval($parts[1]);
echo $a + $b, "\n";
