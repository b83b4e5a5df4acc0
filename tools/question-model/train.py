"""Step 3: trains the question model: a small transformer that maps a question into bge-small-zh's
space, so that its closeness to the knowledge base's phrasings (encoded by bge itself) is bge's."""
import argparse, math, os, random, sys, time
import numpy as np, torch, torch.nn.functional as F
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model import Student

p = argparse.ArgumentParser()
p.add_argument('--data', nargs='+', required=True)
p.add_argument('--d', type=int, default=256)
p.add_argument('--layers', type=int, default=2)
p.add_argument('--epochs', type=int, default=12)
p.add_argument('--batch', type=int, default=128)
p.add_argument('--lr', type=float, default=1e-3)
p.add_argument('--rel', type=float, default=10.0)
p.add_argument('--emb', default='')
p.add_argument('--out', required=True)
p.add_argument('--threads', type=int, default=2)
p.add_argument('--init', default='')
p.add_argument('--rank', type=float, default=0.0)
p.add_argument('--tau', type=float, default=0.02)
a = p.parse_args()
torch.set_num_threads(a.threads)
torch.manual_seed(1); random.seed(1)

def load(d, name):
    texts, ids = [], []
    for l in open(os.path.join(d, name + '.tsv'), encoding='utf-8'):
        t, i = l.rstrip('\n').split('\t')
        texts.append(t); ids.append([int(x) for x in i.split()])
    v = np.fromfile(os.path.join(d, name + '.f32'), dtype='>f4').reshape(len(texts), -1).astype(np.float32)
    return texts, ids, torch.from_numpy(v)

texts, ids, vec = [], [], []
for d in a.data:
    t, i, v = load(d, 'questions'); texts += t; ids += i; vec.append(v)
vec = torch.cat(vec)
_, pids, P = load(a.data[0], 'phrasings')
order = list(range(len(texts))); random.shuffle(order)
nval = max(200, len(order) // 30)
val, train = order[:nval], order[nval:]
# The phrasings themselves are questions too: train on them as well (their bge vectors are exact).
print(f'{len(train)} train, {nval} val, {P.shape[0]} phrasings', flush=True)

emb = torch.load(a.emb) if a.emb else None
m = Student(d=a.d, layers=a.layers, heads=4 if a.d < 512 else 8, ffn=4 * a.d, emb=emb)
if a.init:
    m.load_state_dict(torch.load(a.init))
opt = torch.optim.AdamW(m.parameters(), lr=a.lr, weight_decay=0.01)
steps = a.epochs * math.ceil(len(train) / a.batch)
sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, s / (1 if a.init else 300)) * max(0.02, 0.5 * (1 + math.cos(math.pi * s / steps))))

def batch(idx):
    n = min(64, max(len(ids[i]) for i in idx))
    x = torch.zeros(len(idx), n, dtype=torch.long); mask = torch.zeros(len(idx), n, dtype=torch.long)
    for r, i in enumerate(idx):
        s = ids[i][:n]; x[r, :len(s)] = torch.tensor(s); mask[r, :len(s)] = 1
    return x, mask

def evaluate():
    m.eval()
    with torch.no_grad():
        outs = []
        for k in range(0, len(val), 256):
            x, mask = batch(val[k:k + 256]); outs.append(F.normalize(m(x, mask), dim=-1))
        s = torch.cat(outs); t = vec[val]
        cs, ct = s @ P.T, t @ P.T
        same = (cs.argmax(1) == ct.argmax(1)).float().mean().item()
        dec = ((cs.max(1).values >= 0.65) == (ct.max(1).values >= 0.65)).float().mean().item()
        mad = (cs.max(1).values - ct.max(1).values).abs().mean().item()
        cos = (s * t).sum(1).mean().item()
    m.train()
    return f'cos {cos:.4f} same-closest {same:.3f} same-decision {dec:.3f} closeness-diff {mad:.4f}'

print('start', evaluate(), flush=True)
step = 0
for ep in range(a.epochs):
    random.shuffle(train); t0 = time.time(); tot = 0
    for k in range(0, len(train), a.batch):
        idx = train[k:k + a.batch]
        x, mask = batch(idx)
        s = F.normalize(m(x, mask), dim=-1); t = vec[idx]
        cs, ct = s @ P.T, t @ P.T
        loss = (1 - (s * t).sum(1)).mean() + a.rel * F.mse_loss(cs, ct)
        if a.rank:
            # Listwise: the phrasings closest to the question matter most (the decision reads the top).
            loss = loss + a.rank * F.kl_div(F.log_softmax(cs / a.tau, 1), F.softmax(ct / a.tau, 1), reduction='batchmean')
        opt.zero_grad(); loss.backward(); opt.step(); sched.step(); step += 1; tot += loss.item()
    print(f'epoch {ep} loss {tot / math.ceil(len(train) / a.batch):.4f} {time.time() - t0:.0f}s', evaluate(), flush=True)
torch.save(m.state_dict(), a.out + '.pt')
m.eval()
torch.onnx.export(m, (torch.tensor([ids[0]]),), a.out + '.onnx', input_names=['input_ids'], output_names=['vector'],
                  dynamic_axes={'input_ids': {1: 'n'}}, opset_version=13)
print('saved', a.out)
