<?php
$data = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$n = (int)$data[0];
$m = (int)$data[1];
$s = (int)$data[2];
$adjV = array_fill(0, $n + 1, []);
$adjW = array_fill(0, $n + 1, []);
$p = 3;
for ($i = 0; $i < $m; $i++) {
    $u = (int)$data[$p];
    $adjV[$u][] = (int)$data[$p + 1];
    $adjW[$u][] = (int)$data[$p + 2];
    $p += 3;
}
unset($data);
// Dijkstra with a binary heap (SplPriorityQueue is a max-heap, so priorities are negated)
$dist = array_fill(0, $n + 1, -1);
$done = array_fill(0, $n + 1, false);
$dist[$s] = 0;
$pq = new SplPriorityQueue();
$pq->setExtractFlags(SplPriorityQueue::EXTR_BOTH);
$pq->insert($s, 0);
while (!$pq->isEmpty()) {
    $top = $pq->extract();
    $u = $top['data'];
    $d = -$top['priority'];
    if ($done[$u] || $d > $dist[$u]) continue;
    $done[$u] = true;
    foreach ($adjV[$u] as $k => $v) {
        $nd = $d + $adjW[$u][$k];
        if ($dist[$v] < 0 || $nd < $dist[$v]) {
            $dist[$v] = $nd;
            $pq->insert($v, -$nd);
        }
    }
}
array_shift($dist);
echo implode(' ', $dist), "\n";
