import math, torch, torch.nn as nn, torch.nn.functional as F

class Layer(nn.Module):
    """A pre-norm transformer layer written out in plain operations, so that it exports to ONNX as it trains."""
    def __init__(self, d, heads, ffn):
        super().__init__()
        self.h = heads
        self.n1 = nn.LayerNorm(d)
        self.qkv = nn.Linear(d, 3 * d)
        self.o = nn.Linear(d, d)
        self.n2 = nn.LayerNorm(d)
        self.f1 = nn.Linear(d, ffn)
        self.f2 = nn.Linear(ffn, d)

    def forward(self, x, bias):
        b, n, d = x.shape
        q, k, v = self.qkv(self.n1(x)).view(b, n, 3, self.h, d // self.h).permute(2, 0, 3, 1, 4)
        a = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(d // self.h) + bias, dim=-1)
        x = x + self.o((a @ v).transpose(1, 2).reshape(b, n, d))
        return x + self.f2(F.gelu(self.f1(self.n2(x))))

class Student(nn.Module):
    def __init__(self, vocab=21128, d=256, layers=2, heads=4, ffn=1024, out=512, positions=64, emb=None):
        super().__init__()
        de = emb.shape[1] if emb is not None else d
        self.tok = nn.Embedding(vocab, de)
        if emb is not None:
            self.tok.weight.data.copy_(emb)
        self.down = nn.Linear(de, d) if de != d else nn.Identity()
        self.pos = nn.Embedding(positions, d)
        self.layers = nn.ModuleList([Layer(d, heads, ffn) for _ in range(layers)])
        self.norm = nn.LayerNorm(d)
        self.out = nn.Linear(d, out)

    def forward(self, ids, mask=None):
        n = ids.shape[1]
        x = self.down(self.tok(ids)) + self.pos(torch.arange(n).unsqueeze(0))
        bias = torch.zeros(1, 1, 1, n) if mask is None else (1.0 - mask[:, None, None, :].float()) * -1e4
        for l in self.layers:
            x = l(x, bias)
        return self.out(self.norm(x[:, 0]))
