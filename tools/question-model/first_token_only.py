"""Step 5: rewrites an exported one-layer question model so that it computes only what its output
needs. The model's vector is read from the first token ([CLS]) after the layer, so every other
token needs only its keys and values: no query, no attention output, no feed-forward. The same
weights and the same operations in the same order for that token, so the same vector within float
rounding; for a 20-token question about a quarter of the multiply-adds.

    python3 first_token_only.py question-model.onnx question-model.onnx

Before writing, it runs the rewritten graph (a small numpy evaluator of the operations it uses) and
checks it against the original model computed over every token in numpy, on random token ids of 2 to
64 tokens. Only a one-layer model as export.py writes it is accepted.
"""
import sys
from math import erf
import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto

HEADS = None  # read from the exported graph by heads()


def heads(model):
    """The head count: the fourth number of the shape the layer reshapes its queries, keys and values to."""
    for n in model.graph.node:
        if n.op_type == 'Concat' and n.output[0] == '/layers.0/Concat_output_0':
            constants = {c.output[0]: numpy_helper.to_array(c.attribute[0].t) for c in model.graph.node if c.op_type == 'Constant'}
            return int(constants[n.input[3]].reshape(-1)[0])
    raise SystemExit('cannot find the head count: not a question model as export.py writes it')


def one_layer_only(model):
    if any('/layers.1/' in n.name or n.output[0].startswith('/layers.1/') for n in model.graph.node):
        raise SystemExit('more than one layer: this rewrite knows one-layer models only')


def weights(model):
    return {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}


def matmul_weight(model, consumer_output):
    """The initializer a MatMul producing this output multiplies by (the export names them onnx::MatMul_N)."""
    for n in model.graph.node:
        if n.op_type == 'MatMul' and n.output[0] == consumer_output:
            return n.input[1]
    raise SystemExit('no MatMul makes ' + consumer_output + ': not a one-layer question model as export.py writes it')


def layer_weights(model):
    w = weights(model)
    names = {
        'qkv': matmul_weight(model, '/layers.0/qkv/MatMul_output_0'),
        'o': matmul_weight(model, '/layers.0/o/MatMul_output_0'),
        'f1': matmul_weight(model, '/layers.0/f1/MatMul_output_0'),
        'f2': matmul_weight(model, '/layers.0/f2/MatMul_output_0'),
    }
    return w, {k: w[v] for k, v in names.items()}


def build(model):
    w, m = layer_weights(model)
    d = w['pos.weight'].shape[1]
    head = d // HEADS
    c = lambda name, array: numpy_helper.from_array(np.asarray(array), name)
    inits = [
        c('q', w['q']), c('scale', w['scale']), c('pos.weight', w['pos.weight']),
        c('n1.weight', w['layers.0.n1.weight']), c('n1.bias', w['layers.0.n1.bias']),
        c('query.weight', m['qkv'][:, :d]), c('query.bias', w['layers.0.qkv.bias'][:d]),
        c('kv.weight', m['qkv'][:, d:]), c('kv.bias', w['layers.0.qkv.bias'][d:]),
        c('o.weight', m['o']), c('o.bias', w['layers.0.o.bias']),
        c('n2.weight', w['layers.0.n2.weight']), c('n2.bias', w['layers.0.n2.bias']),
        c('f1.weight', m['f1']), c('f1.bias', w['layers.0.f1.bias']),
        c('f2.weight', m['f2']), c('f2.bias', w['layers.0.f2.bias']),
        c('norm.weight', w['norm.weight']), c('norm.bias', w['norm.bias']),
        c('out.weight', w['out.weight']), c('out.bias', w['out.bias']),
        c('zero', np.array([0], dtype=np.int64)), c('one', np.array([1], dtype=np.int64)),
        c('two', np.array([2], dtype=np.int64)), c('last', np.array([-1], dtype=np.int64)),
        c('zero_scalar', np.array(0, dtype=np.int64)), c('one_scalar', np.array(1, dtype=np.int64)),
        c('half', np.array(0.5, dtype=np.float32)), c('sqrt2', np.array(np.sqrt(2.0), dtype=np.float32)),
        c('unit', np.array(1.0, dtype=np.float32)), c('eps', np.array(1e-5, dtype=np.float32)),
        c('pow2', np.array(2.0, dtype=np.float32)), c('temperature', np.array(np.sqrt(head), dtype=np.float32)),
        c('heads_shape', np.array([1, -1, HEADS, head], dtype=np.int64)),
        c('flat_shape', np.array([1, 1, d], dtype=np.int64)),
    ]
    nodes = []

    def op(kind, inputs, output, **attrs):
        nodes.append(helper.make_node(kind, inputs, [output], **attrs))
        return output

    def layer_norm(x, weight, bias, prefix):
        # As torch exported it: (x - mean) / sqrt(var + eps) * weight + bias.
        mean = op('ReduceMean', [x], prefix + '_mean', axes=[-1])
        centred = op('Sub', [x, mean], prefix + '_centred')
        var = op('ReduceMean', [op('Pow', [centred, 'pow2'], prefix + '_sq')], prefix + '_var', axes=[-1])
        scaled = op('Div', [centred, op('Sqrt', [op('Add', [var, 'eps'], prefix + '_var_eps')], prefix + '_std')], prefix + '_norm')
        return op('Add', [op('Mul', [scaled, weight], prefix + '_weighted'), bias], prefix + '_out')

    # Embedding: 8-bit token rows times their scale, plus positions 0..n-1.
    n = op('Gather', [op('Shape', ['input_ids'], 'ids_shape'), 'one_scalar'], 'n', axis=0)
    tokens = op('Mul', [op('Cast', [op('Gather', ['q', 'input_ids'], 'tok_q', axis=0)], 'tok_f', to=TensorProto.FLOAT),
                        op('Gather', ['scale', 'input_ids'], 'tok_scale', axis=0)], 'tok')
    positions = op('Gather', ['pos.weight', op('Unsqueeze', [op('Range', ['zero_scalar', n, 'one_scalar'], 'range'), 'zero'], 'range_2d')],
                   'pos', axis=0)
    x = op('Add', [tokens, positions], 'x')
    h = layer_norm(x, 'n1.weight', 'n1.bias', 'n1')

    # Keys and values for every token; the query for the first token only.
    kv = op('Add', ['kv.bias', op('MatMul', [h, 'kv.weight'], 'kv_mm')], 'kv')
    keys = op('Slice', [kv, 'zero', op('Constant', [], 'd_end', value=numpy_helper.from_array(np.array([d], dtype=np.int64))), 'last'], 'keys')
    values = op('Slice', [kv, 'd_end', op('Constant', [], 'kv_end', value=numpy_helper.from_array(np.array([2 * d], dtype=np.int64))), 'last'],
                'values')
    h0 = op('Slice', [h, 'zero', 'one', 'one'], 'h0')
    query = op('Add', ['query.bias', op('MatMul', [h0, 'query.weight'], 'query_mm')], 'query')
    by_head = lambda t, perm, name: op('Transpose', [op('Reshape', [t, 'heads_shape'], name + '_heads')], name + '_t', perm=perm)
    qh = by_head(query, [0, 2, 1, 3], 'qh')        # 1, heads, 1, head
    kh = by_head(keys, [0, 2, 3, 1], 'kh')         # 1, heads, head, n
    vh = by_head(values, [0, 2, 1, 3], 'vh')       # 1, heads, n, head
    attention = op('Softmax', [op('Div', [op('MatMul', [qh, kh], 'scores_mm'), 'temperature'], 'scores')], 'attention', axis=-1)
    mixed = op('Reshape', [op('Transpose', [op('MatMul', [attention, vh], 'mixed_heads')], 'mixed_t', perm=[0, 2, 1, 3]), 'flat_shape'], 'mixed')
    x0 = op('Add', [op('Slice', [x, 'zero', 'one', 'one'], 'x0_in'), op('Add', ['o.bias', op('MatMul', [mixed, 'o.weight'], 'o_mm')], 'o')], 'x0')

    # Feed-forward on the first token, GELU written as torch exported it (erf form).
    f1 = op('Add', ['f1.bias', op('MatMul', [layer_norm(x0, 'n2.weight', 'n2.bias', 'n2'), 'f1.weight'], 'f1_mm')], 'f1')
    gelu = op('Mul', [op('Mul', [f1, op('Add', [op('Erf', [op('Div', [f1, 'sqrt2'], 'f1_scaled')], 'erf'), 'unit'], 'erf_1')], 'gelu_2x'), 'half'], 'gelu')
    y = op('Add', [x0, op('Add', ['f2.bias', op('MatMul', [gelu, 'f2.weight'], 'f2_mm')], 'f2')], 'y')
    first = op('Squeeze', [y, 'one'], 'first')
    op('Gemm', [layer_norm(first, 'norm.weight', 'norm.bias', 'norm'), 'out.weight', 'out.bias'], 'vector', transB=1)

    graph = helper.make_graph(nodes, 'question-model-first-token', [helper.make_tensor_value_info('input_ids', TensorProto.INT64, [1, 'n'])],
                              [helper.make_tensor_value_info('vector', TensorProto.FLOAT, [1, w['out.weight'].shape[0]])], inits)
    out = helper.make_model(graph, opset_imports=[helper.make_opsetid('', 13)], producer_name='tools/question-model/first_token_only.py')
    onnx.checker.check_model(out)
    return out


def reference(model, ids):
    """The original model's vector, in numpy, over every token as export.py's graph computes it."""
    w, m = layer_weights(model)
    d = w['pos.weight'].shape[1]
    ln = lambda x, g, b: (x - x.mean(-1, keepdims=True)) / np.sqrt(((x - x.mean(-1, keepdims=True)) ** 2).mean(-1, keepdims=True) + 1e-5) * g + b
    x = w['q'][ids].astype(np.float32) * w['scale'][ids] + w['pos.weight'][:len(ids)]
    qkv = ln(x, w['layers.0.n1.weight'], w['layers.0.n1.bias']) @ m['qkv'] + w['layers.0.qkv.bias']
    heads = lambda t: t.reshape(len(ids), HEADS, d // HEADS).transpose(1, 0, 2)
    q, k, v = heads(qkv[:, :d]), heads(qkv[:, d:2 * d]), heads(qkv[:, 2 * d:])
    s = q @ k.transpose(0, 2, 1) / np.sqrt(d // HEADS)
    a = np.exp(s - s.max(-1, keepdims=True))
    a /= a.sum(-1, keepdims=True)
    x = x + (a @ v).transpose(1, 0, 2).reshape(len(ids), d) @ m['o'] + w['layers.0.o.bias']
    f = ln(x, w['layers.0.n2.weight'], w['layers.0.n2.bias']) @ m['f1'] + w['layers.0.f1.bias']
    gelu = f * 0.5 * (1 + np.vectorize(erf)(f / np.sqrt(2)))
    x = x + gelu @ m['f2'] + w['layers.0.f2.bias']
    return ln(x[0], w['norm.weight'], w['norm.bias']) @ w['out.weight'].T + w['out.bias']


def run(model, ids):
    """Evaluates a graph of the operations build() uses, in numpy, for one sequence of token ids."""
    values = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    values['input_ids'] = np.asarray(ids, dtype=np.int64).reshape(1, -1)
    attr = lambda n, name, default=None: next((helper.get_attribute_value(a) for a in n.attribute if a.name == name), default)
    for n in model.graph.node:
        x = [values[i] for i in n.input]
        op = n.op_type
        if op == 'Constant':
            y = numpy_helper.to_array(attr(n, 'value'))
        elif op == 'Shape':
            y = np.array(x[0].shape, dtype=np.int64)
        elif op == 'Gather':
            y = np.take(x[0], x[1], axis=attr(n, 'axis', 0))
        elif op == 'Cast':
            y = x[0].astype(np.float32)
        elif op == 'Range':
            y = np.arange(x[0], x[1], x[2], dtype=np.int64)
        elif op == 'Unsqueeze':
            y = np.expand_dims(x[0], tuple(int(a) for a in x[1]))
        elif op == 'Squeeze':
            y = np.squeeze(x[0], axis=tuple(int(a) for a in x[1]))
        elif op in ('Add', 'Sub', 'Mul', 'Div', 'Pow'):
            y = {'Add': np.add, 'Sub': np.subtract, 'Mul': np.multiply, 'Div': np.divide, 'Pow': np.power}[op](x[0], x[1]).astype(np.float32)
        elif op == 'ReduceMean':
            y = x[0].mean(axis=tuple(attr(n, 'axes')), keepdims=True)
        elif op == 'Sqrt':
            y = np.sqrt(x[0])
        elif op == 'Erf':
            y = np.vectorize(erf)(x[0]).astype(np.float32)
        elif op == 'MatMul':
            y = np.matmul(x[0], x[1])
        elif op == 'Slice':
            y = x[0][tuple(slice(None) for _ in range(int(x[3][0]) % x[0].ndim)) + (slice(int(x[1][0]), int(x[2][0])),)]
        elif op == 'Reshape':
            y = x[0].reshape(x[1])
        elif op == 'Transpose':
            y = x[0].transpose(attr(n, 'perm'))
        elif op == 'Softmax':
            e = np.exp(x[0] - x[0].max(axis=attr(n, 'axis'), keepdims=True))
            y = e / e.sum(axis=attr(n, 'axis'), keepdims=True)
        elif op == 'Gemm':
            y = x[0] @ (x[1].T if attr(n, 'transB', 0) else x[1]) + x[2]
        else:
            raise SystemExit('the evaluator does not know ' + op)
        values[n.output[0]] = y
    return values[model.graph.output[0].name][0]


if __name__ == '__main__':
    source, target = sys.argv[1], sys.argv[2]
    original = onnx.load(source)
    one_layer_only(original)
    HEADS = heads(original)
    rewritten = build(original)
    rng = np.random.default_rng(7)
    for length in (2, 6, 20, 33, 64):
        ids = np.concatenate([[101], rng.integers(106, 21128, length - 2), [102]])
        a, b = reference(original, ids), run(rewritten, ids)
        cosine = float(a @ b / np.linalg.norm(a) / np.linalg.norm(b))
        print(f'{length} tokens: the rewritten graph against the whole layer, cosine {cosine:.9f}, max difference {np.abs(a - b).max():.2e}')
        if cosine < 0.99999 or np.abs(a - b).max() > 1e-3:
            raise SystemExit('the rewritten graph does not compute the model')
    onnx.save(rewritten, target)
    print(target, 'written')
