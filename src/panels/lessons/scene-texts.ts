/**
 * What each scene teaches: plain data, read by the lesson panel and the scene select. Inline TeX sits between
 * $…$; `formulas` are display TeX. Facts follow Ioffe & Szegedy 2015 (arXiv 1502.03167), sections as the paper
 * numbers them, or the `paper` a scene names (Santurkar et al. 2018); every number was printed by
 * `npm run lab -- --scene NAME` on this engine (seeds 1 and 2) with the default WebAssembly kernels.
 */

export interface SceneText {
  readonly title: string;
  /** where in the paper, e.g. "§3.3" */
  readonly section: string;
  /** the paper `section` refers to, when it is not Ioffe & Szegedy 2015 */
  readonly paper?: { readonly name: string; readonly href: string };
  /** 3–8 sentences in all */
  readonly paragraphs: readonly string[];
  readonly formulas: readonly string[];
  /** the accessible name of the chart row that makes the point, or its start before " · " */
  readonly lookHere: string;
  /** where this network shows something subtler than the textbook story */
  readonly caveat: string;
}

const LOSS = 'Loss & test accuracy';
const SATURATION = 'Saturation per layer over time';

export const SCENE_TEXTS: Readonly<Record<string, SceneText>> = {
  fig1: {
    title: 'Internal covariate shift',
    section: '§1, §4.1',
    paragraphs: [
      'Each hidden layer computes $x = Wu + b$ from $u$, the output of the layer below, and feeds $x$ to a sigmoid.',
      "Internal covariate shift is the change in the distribution of a layer's inputs during training, caused by the updates of the layers below it: every step moves $u$, so each layer keeps chasing a moving target.",
      'It is not a mismatch between training and test data; that is ordinary covariate shift, a property of the data, not of the layers inside a network.',
      "The percentile chart repeats the paper's Figure 1(b, c): the 15th, 50th and 85th percentiles of one last-layer sigmoid's input as training goes on.",
      "Without BN the band drifts; with BN it holds still: between steps 500 and 5,000 a last-layer unit's median moves by 1.03 on average in the plain net and by 0.35 in the BN net.",
      'BN is ahead at every probe from step 100 on: 87.8 % against 14.0 % at step 500, 93.6 % against 90.6 % at step 5,000.',
    ],
    formulas: [
      'x = Wu + b, \\qquad z = \\sigma(x)',
      '\\{p_{15},\\, p_{50},\\, p_{85}\\} \\text{ of } x \\text{ at every probe}',
    ],
    lookHere: 'Figure 1(b,c)',
    caveat:
      "Most of the plain net's drift comes before it has learned anything: its last-layer medians move by 2.70 on average in the first 500 steps, while it is still near chance (10–19 %), against 1.03 in the 4,500 steps after. With Figure 1's tiny initial weights its gradients vanish at first, so much of that early drift is the net leaving a vanishing-gradient plateau, which BN skips, rather than layers chasing one another.",
  },
  saturation: {
    title: 'Saturation and vanishing gradients',
    section: '§1',
    paragraphs: [
      "Both nets here start from weights of standard deviation 1 instead of Figure 1's 0.01, so a first-layer unit sums 784 pixels with large weights: the middle 70 % of its inputs spans about 15.",
      "That far out the sigmoid is flat, $\\sigma'(x)$ is close to 0, and almost no gradient passes back through the unit.",
      'The plain net starts with 74 %, 68 % and 67 % of its sigmoids saturated in layers 1, 2 and 3, and at step 2,000 still has 77 %, 71 % and 76 %: it never gets out.',
      'Its hidden weights barely move: $\\|W_1\\|$ goes from 280.08 to 280.30 in 2,000 steps.',
      "BN normalizes with each batch's own statistics, so its sigmoid inputs are about $\\mathcal{N}(0, 1)$ from the first step, and only 3–10 % of them are saturated at step 2,000.",
      'The saturation chart shows BN in inference mode, whose running averages start at mean 0 and variance 1, so at step 0 it matches the plain net; it catches up within about 30 steps (3 % saturated in layer 1 at step 10, 1 % at step 20).',
    ],
    formulas: [
      "\\sigma(x) = \\frac{1}{1 + e^{-x}}, \\qquad \\sigma'(x) = \\sigma(x)\\,(1 - \\sigma(x)) \\le \\tfrac{1}{4}",
      "\\text{saturated:}\\quad \\sigma'(x) < 0.19 \\cdot \\tfrac{1}{4} \\iff |x| > 2.94",
    ],
    lookHere: SATURATION,
    caveat:
      "The plain net still reaches 87.2 % test accuracy by step 2,000 (BN: 91.0 %), because its output layer learns on top of saturated hidden layers that act as nearly fixed random features; it overfits them, with a train loss of 0.036 against a test loss of 0.496. BN's weight norms barely move either ($\\|W_1\\|$ from 280.08 to 280.14): BN does not need them to, since it rescales whatever $Wu$ is.",
  },
  'center-trap': {
    title: 'Why not just subtract the mean?',
    section: '§2',
    paragraphs: [
      "Why not simply subtract the batch mean from each unit's input, and leave that subtraction out of the gradient?",
      'Take $x = u + b$ and $\\hat{x} = x - \\mathrm{E}[x]$: a step $\\Delta b$ moves $x$ and its mean by the same amount, so $\\hat{x}$, the output and the loss stay the same, and the next step brings the same gradient back.',
      "So $b$ grows without bound: the center-stopgrad net's $\\|b_1\\|$ is 10.7 at step 100, 25.0 at step 500 and 54.9 at step 2,000, while its loss gets no better.",
      'Its units saturate (95 % in layer 1 and 99.7 % in layer 3 by step 2,000) and it barely learns: between 9 % and 18 % at every probe (17.5 % at step 2,000), against 92.2 % for BN and 59.0 % for the plain net.',
      'BN makes the normalization part of the network: the gradient flows through $\\mu_\\mathcal{B}$ and $\\sigma^2_\\mathcal{B}$, so a shift that the normalization cancels gets a gradient of zero, and nothing piles up.',
    ],
    formulas: [
      'x = u + b, \\qquad \\hat{x} = x - \\mathrm{E}[x]',
      "\\begin{aligned} \\hat{x}' &= u + (b + \\Delta b) - \\mathrm{E}[u + (b + \\Delta b)] \\\\ &= u + b - \\mathrm{E}[u + b] = \\hat{x} \\end{aligned}",
    ],
    lookHere: 'Weight and bias norms per layer over time',
    caveat:
      "The derivation is about $b$ alone, and the centring removes $b$ from the output, so the growing bias cannot be what saturates the units. The weights do: they grow too ($\\|W_1\\|$ from 2.8 to 326 by step 2,000) and spread the centred inputs far into the sigmoid's flat tails, the middle 70 % of layer 1's spanning about 118.",
  },
  'why-gamma-beta': {
    title: 'Why γ and β?',
    section: '§3',
    paragraphs: [
      "BN normalizes each unit's input to zero mean and unit variance over the batch, then applies a learned scale $\\gamma$ and shift $\\beta$.",
      "The bn-fixed net keeps $\\gamma = 1$ and $\\beta = 0$, so every sigmoid input stays near $\\mathcal{N}(0, 1)$: under 1 % saturate, the mean $\\sigma'$ is about 0.2 in every layer, and the units work in the sigmoid's nearly linear middle.",
      'That limits what a layer can represent, which is why the paper adds $\\gamma$ and $\\beta$: they can even undo the normalization and give back the identity.',
      "With them the bn net widens its inputs: by step 5,000 its layer-1 $\\gamma$ averages 1.9, the middle 70 % of a unit's inputs spans 3.9 instead of 2.0, and 12–15 % of layers 1 and 3 saturate.",
      'It fits better: a train loss of 0.015 against 0.059, and 93.6 % test accuracy against 91.5 % at step 5,000.',
    ],
    formulas: [
      '\\hat{x}_i = \\frac{x_i - \\mu_\\mathcal{B}}{\\sqrt{\\sigma_\\mathcal{B}^2 + \\epsilon}}, \\qquad y_i = \\gamma\\,\\hat{x}_i + \\beta',
      '\\gamma = \\sqrt{\\mathrm{Var}[x] + \\epsilon}, \\quad \\beta = \\mathrm{E}[x] \\quad \\Rightarrow \\quad y = x',
    ],
    lookHere: 'Distributions over time',
    caveat:
      'The identity is possible, not what this net does: its $\\gamma$ grows only to about 1.2–1.9 and $\\beta$ stays within 0.6 of 0, a modest widening of $\\mathcal{N}(0, 1)$. And the net without them is not far behind, 91.5 % against 93.6 %: a stack of nearly linear units still separates most digits.',
  },
  'high-lr': {
    title: 'Higher learning rates',
    section: '§3.3, §4.2',
    paragraphs: [
      "Both nets here train at learning rate 30, thirty times Figure 1's.",
      'The plain net is stuck at chance, 10.0 % at every probe to step 2,000: by step 100 its last hidden layer is 100 % saturated, the median input of its units near −76.',
      "This is a stall, not a divergence: no loss or weight becomes NaN, but its hidden weights' updates shrink to $10^{-29}$ of the weights or less, and the output layer, fed the same constant for every digit, can only guess one class.",
      'At the same rate BN trains to 92.0 % by step 2,000.',
      "With BN a layer's output does not depend on the scale of its weights, and larger weights get smaller gradients, so a big step that inflates $W$ inflates neither the layer's output nor the gradient sent back.",
    ],
    formulas: [
      'W \\leftarrow W - \\eta\\,\\frac{\\partial \\ell}{\\partial W}, \\qquad \\eta = 30',
      '\\mathrm{BN}(Wu) = \\mathrm{BN}((aW)u)',
    ],
    lookHere: SATURATION,
    caveat:
      "At rate 30 BN's own sigmoids are mostly saturated too: at step 2,000, 79 % in layer 1, 71 % in layer 2 and 96 % in layer 3, whose β has moved to about −8.9, deep in the flat tail. It learns anyway, so on this net BN's gain at a high rate is not that it keeps the sigmoids out of saturation.",
  },
  'high-lr-x30': {
    title: 'BN-x30: BN at 30 times the rate',
    section: '§4.2',
    paragraphs: [
      "The paper's BN-x30 trained Inception with BN at 30 times the baseline's learning rate and ended above the baseline, at 74.8 %.",
      'Here the plain net trains at rate 1, as in Figure 1, and BN at 30: without BN, rate 30 does not train at all (previous scene).',
      'By step 2,000 BN is at 92.0 % and the plain net at 59.0 %, still climbing out of its slow start (14.0 % at step 500).',
      'BN can take the larger steps because a larger $W$ gets a smaller gradient, as the equation shows.',
    ],
    formulas: [
      '\\eta_\\text{plain} = 1, \\qquad \\eta_\\text{BN} = 30',
      '\\frac{\\partial\\, \\mathrm{BN}((aW)u)}{\\partial (aW)} = \\frac{1}{a}\\,\\frac{\\partial\\, \\mathrm{BN}(Wu)}{\\partial W}',
    ],
    lookHere: LOSS,
    caveat:
      "On this small net the high rate buys nothing: BN at rate 1 is at 92.2 % by step 2,000 (the same run in the center-trap scene), BN at 30 at 92.0 %. What wins here is BN from the first steps, not the rate; the paper's speed-up from higher rates came on Inception, over millions of steps.",
  },
  'scale-invariance': {
    title: 'Scale invariance',
    section: '§3.3',
    paragraphs: [
      "Scale a layer's weights by any $a > 0$: every $x = Wu$ scales by $a$, and so do the batch mean and standard deviation, so BN's output does not change.",
      'Nor does the gradient sent back to the layer below: it is the same at any scale.',
      'The gradient with respect to the weights shrinks as $1/a$: larger weights get smaller updates, which slows their own growth.',
      'So a high learning rate that inflates $W$ inflates neither the output nor the backward signal.',
      'Only $\\epsilon$ breaks the invariance, where $a\\,\\sigma_\\mathcal{B}$ is tiny next to $\\sqrt{\\epsilon}$.',
      "After 1,000 steps, on the last batch, scaling $W_3$ by any $a$ from 1 to 10 changes BN's loss by less than 0.003 %, while the plain net's goes from 1.61 to 4.54.",
      "Below $a = 1$ the $\\epsilon$ shows: at $a = 0.1$ BN's loss is 0.27 % higher than at $a = 10$.",
    ],
    formulas: [
      '\\mathrm{BN}(Wu) = \\mathrm{BN}((aW)u)',
      '\\frac{\\partial\\, \\mathrm{BN}((aW)u)}{\\partial u} = \\frac{\\partial\\, \\mathrm{BN}(Wu)}{\\partial u}, \\qquad \\frac{\\partial\\, \\mathrm{BN}((aW)u)}{\\partial (aW)} = \\frac{1}{a}\\,\\frac{\\partial\\, \\mathrm{BN}(Wu)}{\\partial W}',
      '\\frac{a x - a\\mu_\\mathcal{B}}{\\sqrt{a^2\\sigma_\\mathcal{B}^2 + \\epsilon}} \\approx \\frac{x - \\mu_\\mathcal{B}}{\\sigma_\\mathcal{B}} \\quad \\text{only while} \\quad a^2\\sigma_\\mathcal{B}^2 \\gg \\epsilon',
    ],
    lookHere: 'Scale invariance (§3.3)',
    caveat:
      "Here $\\epsilon = 10^{-5}$, but Figure 1's initial weights are small too (standard deviation 0.01): early in training the batch variance of a deeper layer's inputs is not far above $\\epsilon$, so there the invariance is only approximate until the weights grow. The output layer has no BN, and scaling its weights changes the output as usual.",
  },
  inference: {
    title: 'Train vs inference',
    section: '§3.1, Algorithm 2',
    paragraphs: [
      "In training BN normalizes with the mini-batch's statistics, so an example's output depends on the other examples in its batch.",
      'At test time the output should depend on the input alone, so BN uses population statistics: the mean of the batch means, and the mean of the batch variances times $m/(m-1)$, the unbiased estimate.',
      "The lab, like PyTorch, keeps running averages of both during training (momentum 0.1), and for comparison also computes Algorithm 2's averages over training batches.",
      'With the statistics fixed, BN at inference is an affine map per unit, which could be folded into the weights.',
      'Training-mode BN on a batch of one would be useless: $x - \\mu_\\mathcal{B} = 0$ for the only example, so every $\\hat{x}$ is 0 and the output is the same whatever the input.',
      'At step 2,000 BN scores 92.2 % with running averages and 92.3 % with Algorithm 2, and in training mode 10.0 % with batches of 1 (one constant prediction), 50.0 % of 2, 72.6 % of 4, 84.8 % of 8, 89.5 % of 16 and 91.7 % of 60.',
    ],
    formulas: [
      '\\mathrm{E}[x] = \\mathrm{E}_\\mathcal{B}[\\mu_\\mathcal{B}], \\qquad \\mathrm{Var}[x] = \\frac{m}{m-1}\\,\\mathrm{E}_\\mathcal{B}[\\sigma^2_\\mathcal{B}]',
      'y = \\frac{\\gamma}{\\sqrt{\\mathrm{Var}[x] + \\epsilon}}\\,x + \\left(\\beta - \\frac{\\gamma\\,\\mathrm{E}[x]}{\\sqrt{\\mathrm{Var}[x] + \\epsilon}}\\right)',
      'm = 1: \\quad \\hat{x} = \\frac{x - x}{\\sqrt{0 + \\epsilon}} = 0',
    ],
    lookHere: 'Train vs inference (§3.1)',
    caveat:
      'Running averages lag behind the weights: in the first steps they describe a net that no longer exists, and BN scores lower with them than with statistics computed for the current weights. Once training settles, the running averages, the population statistics and the probe set\'s own statistics give nearly the same accuracy on this net; the "BN accuracy with population / batch statistics" switch shows all three.',
  },
  regularizer: {
    title: 'BN as a regularizer',
    section: '§3.4',
    paragraphs: [
      'In training an example is normalized with the mean and variance of whichever mini-batch it lands in.',
      'The same digit in another batch gets a slightly different $\\hat{x}$, so its output and its gradient carry noise from its batch mates.',
      'That noise acts as a regularizer: with BN the paper could remove Dropout and reduce weight decay.',
      "The batch mean is an average over $m$ examples, so its noise shrinks as $1/\\sqrt{m}$: about 13 % of a unit's standard deviation with batches of 60.",
      'At step 2,000 the most borderline probe digit, a 2 with p(true) 0.499 in inference mode, gets a p(true) from 0.047 to 0.981 over 200 batches of random training digits with BN, and 0.359 every time without; 13.3 % of the probe digits change class across 20 batches with BN, none without.',
      'Compare the gap between the train loss (dashed) and the test loss (solid) of the two nets.',
    ],
    formulas: [
      '\\hat{x}_i = \\frac{x_i - \\mu_\\mathcal{B}}{\\sqrt{\\sigma^2_\\mathcal{B} + \\epsilon}}, \\qquad \\mu_\\mathcal{B} = \\frac{1}{m}\\sum_{j=1}^m x_j',
      '\\mathrm{Var}[\\mu_\\mathcal{B}] \\approx \\frac{\\mathrm{Var}[x]}{m}',
    ],
    lookHere: 'BN as a regularizer (§3.4)',
    caveat:
      'A smaller train–test gap alone does not show regularization: a net that has fitted less has a smaller gap too, and the plain net here fits more slowly. Compare the nets at equal train loss, not at equal step.',
  },
  santurkar: {
    title: 'Is it really covariate shift?',
    section: '§2–3',
    paper: { name: 'Santurkar et al. 2018', href: 'https://arxiv.org/abs/1805.11604' },
    paragraphs: [
      "Ioffe and Szegedy (§2) explain BN's gain as less internal covariate shift: a layer's inputs move less while the layers below it learn.",
      'Santurkar et al. (§2) tested that with noisy BN, a random scale and shift after every BN, redrawn each step, which makes the shift larger; it still trained like BN, and they argue (§3) that BN works by making the loss landscape smoother, so the gradient stays predictive over longer steps.',
      "Here, over the 50 probes to step 5,000, the last layer's mean $|\\Delta\\mu|$ between probes averages 0.342 for noisy BN, 0.016 for BN and 0.203 for the plain net, yet noisy BN stays within 1.4 points of BN from step 500 on (93.2 % against 93.6 % at step 5,000; plain 90.6 %).",
      'So on this network the amount of distribution shift does not decide how well a net trains.',
      "Gradient ICS (their Definition 2.1) is smaller with BN on average: layer 3's $\\|G - G'\\|_2$ averages 0.014 for BN, 0.019 for noisy BN and 0.067 for the plain net, with cosines 0.94, 0.90 and 0.31.",
      'The landscape is smoother with BN too: $\\beta_\\text{eff}$ averages 0.50 for BN, 0.68 for noisy BN and 0.94 for the plain net.',
    ],
    formulas: [
      'a_{ij} \\leftarrow s_{ij}\\,a_{ij} + m_{ij}, \\qquad s_{ij} \\sim \\mathcal{N}(\\sigma_t, 0.1^2), \\quad m_{ij} \\sim U(\\mu_t - 0.1,\\, \\mu_t + 0.1)',
      "G = \\nabla_{W_i} L(W_1, \\dots, W_k), \\qquad G' = \\nabla_{W_i} L(W_1', \\dots, W_{i-1}', W_i, \\dots, W_k)",
      '\\beta_\\text{eff} = \\max_{\\eta} \\frac{\\|\\nabla L(W) - \\nabla L(W - \\eta g)\\|_2}{\\|\\eta g\\|_2}, \\qquad \\eta \\in \\{\\tfrac{1}{2}, 1, 2, 4\\} \\cdot \\text{lr}',
    ],
    lookHere: 'Distribution shift',
    caveat:
      "Every value is one batch at one probe, so single probes scatter: at step 2,000 all three nets' $\\beta_\\text{eff}$ peak together (1.27 plain, 1.50 BN, 1.71 noisy BN), BN's above the plain net's, and BN's layer-3 cosine drops to 0.55. Santurkar et al. found BN's gradient ICS no smaller than a plain net's; here that holds only early: at step 500 BN's layer-3 $\\|G - G'\\|_2$ is 0.033 against the plain net's 0.0014, whose gradients are nearly zero on its plateau, so its small ICS there means a net that is not yet learning. Noisy BN's shift includes a fresh draw of its noise at every probe, as training sees it.",
  },
};
