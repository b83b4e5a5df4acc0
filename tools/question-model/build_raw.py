"""Step 1: the raw lines the question model learns from (one message a line, no labels).

The questions of the development and review sets (never a held-out set, and not dev6, dev9 or
dev11, kept to check the model on questions it never saw), the helper-written messages in
unlabeled-*.txt, the knowledge base's phrasings and answer sentences, the notice's sentences, and
random crops and splices of them (a question is often part of a longer message).

    python3 build_raw.py --db probe --notice ../shared/seed/notice-2021.txt --out raw.txt
"""
import argparse, glob, os, random, re, subprocess

here = os.path.dirname(os.path.abspath(__file__))
p = argparse.ArgumentParser()
p.add_argument('--db', default='probe', help='a MariaDB database with the migrations applied')
p.add_argument('--notice', required=True)
p.add_argument('--extra', type=int, default=16000, help='how many crops and splices')
p.add_argument('--seed', type=int, default=7)
p.add_argument('--out', required=True)
a = p.parse_args()
random.seed(a.seed)

sets = os.path.join(here, '..', '..', 'src', 'test', 'resources', 'policy')
kept_out = {'eval-dev6.tsv', 'eval-dev9.tsv', 'eval-dev11.tsv'}
lines = []
for f in sorted(glob.glob(os.path.join(sets, 'eval-*.tsv'))):
    name = os.path.basename(f)
    if 'holdout' in name or name in kept_out:
        continue
    for l in open(f, encoding='utf-8'):
        if not l.startswith('#') and '\t' in l:
            lines.append(l.split('\t')[1].strip())
for f in sorted(glob.glob(os.path.join(here, 'unlabeled-*.txt'))):
    lines += [l.strip() for l in open(f, encoding='utf-8') if l.strip()]
kb = subprocess.run(['mysql', '-uroot', '-h127.0.0.1', a.db, '-N', '-e',
                     'select text from policy_question union all select answer from policy_entry where enabled'],
                    capture_output=True, text=True, check=True).stdout.replace('\\n', '\n')
notice = open(a.notice, encoding='utf-8').read()
sentences = [s.strip() for s in re.split(r'[。；！？\n]', kb + '\n' + notice) if len(s.strip()) >= 4]
base = [l for l in lines if l]
pool = base + sentences
extra = []
for _ in range(a.extra):
    x = random.choice(pool)
    r = random.random()
    if r < 0.4 and len(x) > 6:
        i = random.randrange(0, len(x) - 4)
        extra.append(x[i:random.randrange(i + 4, min(len(x), i + 32) + 1)])
    elif r < 0.8:
        y = random.choice(pool)
        extra.append(x[:random.randint(1, len(x))] + random.choice(['', '，', ' ', '。']) + y[-random.randint(1, len(y)):])
    else:
        y = random.choice(pool)
        extra.append(random.choice(['请问', '你好，', '想问下', '麻烦问一下', '']) + y + random.choice(['', '？', '吗', '呢', '啊', '谢谢']))
out = list(dict.fromkeys(base + sentences + extra))
random.shuffle(out)
with open(a.out, 'w', encoding='utf-8') as f:
    f.write('\n'.join(x.replace('\n', ' ') for x in out) + '\n')
print(f'{len(base)} messages, {len(sentences)} sentences, {len(out)} lines')
