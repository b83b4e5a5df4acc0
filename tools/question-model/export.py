"""Step 4: exports a trained question model to ONNX for the service: the token table folded through
its down-projection and stored as 8-bit rows with a scale each (a quarter of the size, the same
vectors within rounding), the rest in 32-bit floats.

    python3 export.py model.pt 256 1 ../../src/main/resources/policy/question-model.onnx
"""
import sys, os, torch
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model import Student

class Folded(torch.nn.Module):
    def __init__(self, m):
        super().__init__()
        with torch.no_grad():
            t = m.down(m.tok.weight)
            scale = t.abs().max(1, keepdim=True).values.clamp(min=1e-8) / 127
            self.register_buffer('q', torch.round(t / scale).to(torch.int8))
            self.register_buffer('scale', scale)
        self.pos, self.layers, self.norm, self.out = m.pos, m.layers, m.norm, m.out

    def forward(self, ids):
        n = ids.shape[1]
        x = self.q[ids].float() * self.scale[ids] + self.pos(torch.arange(n).unsqueeze(0))
        bias = torch.zeros(1, 1, 1, n)
        for l in self.layers:
            x = l(x, bias)
        return self.out(self.norm(x[:, 0]))

if __name__ == '__main__':
    pt, d, layers, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    m = Student(d=d, layers=layers, heads=4 if d < 512 else 8, ffn=4 * d, emb=torch.zeros(21128, 512))
    m.load_state_dict(torch.load(pt)); m.eval()
    f = Folded(m).eval()
    ids = torch.tensor([[101, 2769, 812, 1377, 809, 102]])
    with torch.no_grad():
        a, b = torch.nn.functional.normalize(m(ids), dim=-1), torch.nn.functional.normalize(f(ids), dim=-1)
    print('folded vs trained cosine', (a * b).sum().item())
    torch.onnx.export(f, (ids,), out, input_names=['input_ids'], output_names=['vector'], dynamic_axes={'input_ids': {1: 'n'}}, opset_version=13)
    print(out, os.path.getsize(out))
